/**
 * Standard tables from spreadsheets (.xlsx, .xls through Apache POI) and Word tables (.docx through POI XWPF):
 * each becomes a grid of cell texts ({@link cn.districtbudget.core.tables.sheet.Grid}) that
 * {@link cn.districtbudget.core.tables.sheet.GridTables} turns into raw tables (title row or sheet name, unit row,
 * merged header rows, code columns, sides). Files are pre-scanned with bounded memory
 * ({@link cn.districtbudget.core.tables.sheet.ZipGuard}) so a zip bomb or a sheet of a million rows is refused before
 * POI builds anything.
 */
package cn.districtbudget.core.tables.sheet;
