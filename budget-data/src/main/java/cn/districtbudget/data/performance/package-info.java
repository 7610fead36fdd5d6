/** 绩效自评: actual results of performance indicators, entered or imported, graded with the published thresholds. */
package cn.districtbudget.data.performance;
