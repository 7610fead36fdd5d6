/**
 * The standard tables (标准表: 收支总表 … “三公”经费支出表) of a disclosure on the department page, from budget-core's
 * {@link cn.districtbudget.core.tables.StandardTable} and its {@link cn.districtbudget.core.tables.TableFinding}s:
 * {@link cn.districtbudget.ui.department.tables.StandardTableGrid} shows one table (codes indented by level, the
 * table's unit, figures exactly as printed, cells with a finding marked, a findings list linking to the cells);
 * {@link cn.districtbudget.ui.department.tables.DisclosureTablesSection} lists a disclosure's tables, each in a
 * collapsible part whose grid is built when it is first opened.
 */
package cn.districtbudget.ui.department.tables;
