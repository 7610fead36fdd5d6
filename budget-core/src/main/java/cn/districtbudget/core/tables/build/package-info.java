/**
 * From what a file reader saw to the typed model: {@link cn.districtbudget.core.tables.build.RawTable} (title, unit
 * line, notes, columns of figures with their headers, rows with code, name and the cells' raw text) and
 * {@link cn.districtbudget.core.tables.build.TableBuilder}, which recognises the table's kind, unit and measures and
 * parses the figures exactly. Shared by the PDF, spreadsheet and Word readers.
 */
package cn.districtbudget.core.tables.build;
