/** Persistence of disclosures, their import and the read models the dashboards query. */
package cn.districtbudget.data;
