/** The department page: one department's disclosure for a year, section by section, with findings and revisions. */
package cn.districtbudget.ui.department;
