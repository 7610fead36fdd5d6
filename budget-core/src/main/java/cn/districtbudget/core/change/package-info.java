/** Year-over-year maths: prior-year figures from stated changes, stated versus actual changes, growth rates, series. */
package cn.districtbudget.core.change;
