/** The command line (parse, check, import): the application jar doubles as a tool; parse and check start no Spring. */
package cn.districtbudget.ui.cli;
