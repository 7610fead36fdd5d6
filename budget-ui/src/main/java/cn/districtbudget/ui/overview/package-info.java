/** The leadership overview (领导驾驶舱): key figures and charts of a region for a year, each drilling down. */
package cn.districtbudget.ui.overview;
