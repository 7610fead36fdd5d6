/** 绩效自评录入: staff enter or import the actual results of a department's indicators for a year and see the grades. */
package cn.districtbudget.ui.performance;
