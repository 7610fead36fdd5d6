/** The list of a region's departments with their expenditure for the selected year. */
package cn.districtbudget.ui.departments;
