/** JPA entities and repositories; internal to budget-data, never exposed to other modules. */
package cn.districtbudget.data.store;
