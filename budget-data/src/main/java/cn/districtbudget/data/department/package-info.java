/**
 * What the department page shows, read in one read-only call ({@link cn.districtbudget.data.department.DepartmentPages}):
 * the department and its neighbours, its disclosures, the shown one with every section, stated figures with their
 * evidence, findings, revisions, 三公 history and the indicators paired with their results. The original text is a
 * separate call, made only when the page's panel is opened.
 */
package cn.districtbudget.data.department;
