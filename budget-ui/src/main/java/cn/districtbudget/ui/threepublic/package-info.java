/** The 三公 page: official expenses by category and by department across years, shares, and policy breaches. */
package cn.districtbudget.ui.threepublic;
