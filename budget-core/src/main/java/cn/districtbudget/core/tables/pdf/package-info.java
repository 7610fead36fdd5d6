/**
 * Standard tables from a PDF's text layer with Apache PDFBox 3: positioned glyphs
 * ({@link cn.districtbudget.core.tables.pdf.GlyphCollector}) become lines and segments
 * ({@link cn.districtbudget.core.tables.pdf.PdfLine}), and {@link cn.districtbudget.core.tables.pdf.PdfTableReader}
 * rebuilds each table from them (columns from the figures' positions, headers mapped by position, wrapped labels,
 * blank cells, tables over several pages). A PDF without text (a scan), encrypted, broken or too large gives a
 * finding and nothing read. See docs/decisions/0004-table-reading.md.
 */
package cn.districtbudget.core.tables.pdf;
