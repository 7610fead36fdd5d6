/**
 * The standard tables of a department budget or final-accounts disclosure (部门预算/决算公开表), read from PDF
 * (text layer), .xlsx/.xls and .docx into one typed model: {@link cn.districtbudget.core.tables.StandardTable}
 * with its {@link cn.districtbudget.core.tables.TableKind}, unit, rows (classification code, name, level),
 * columns as named {@link cn.districtbudget.core.tables.Measure}s and cells as read, each with its
 * {@link cn.districtbudget.core.tables.Evidence}. The single entry point is
 * {@link cn.districtbudget.core.tables.TableReader#read}. See docs/tables.md.
 */
package cn.districtbudget.core.tables;
