/** Chart options built from the dashboards' read models (pure functions, unit-tested). */
package cn.districtbudget.ui.figures;
