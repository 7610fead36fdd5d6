/**
 * budget-core: the disclosure domain (部门预算/决算公开说明), reading published texts into it and checking it.
 * Plain Java only: no Spring, JPA or Vaadin (enforced by maven-enforcer and ArchUnit).
 */
package cn.districtbudget.core;
