/** The chart component around npm apexcharts and the pure mappers that build its options as JSON. */
package cn.districtbudget.ui.chart;
