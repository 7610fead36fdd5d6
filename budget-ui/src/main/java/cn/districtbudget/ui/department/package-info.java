/**
 * The department page: one department's disclosure for a year, section by section, from one
 * {@code DepartmentPages.page} call. {@code DepartmentView} composes small components: the header, revenue and
 * expenditure ({@code FigureTables}), “三公” with 机关运行经费, performance, procurement and assets, the stated figures
 * with their evidence ({@code FiguresPanel}), the shared findings grid, revisions and the original text (read on opening).
 */
package cn.districtbudget.ui.department;
