/** Departments and their stored disclosures, revisions, findings and original texts, as core types. */
package cn.districtbudget.data.catalog;
