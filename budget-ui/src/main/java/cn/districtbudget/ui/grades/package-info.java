/** The KPI grade heatmaps: departments x years, and one department's indicators x years. */
package cn.districtbudget.ui.grades;
