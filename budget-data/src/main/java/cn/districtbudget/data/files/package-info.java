/**
 * Reading disclosure files: {@link cn.districtbudget.data.files.SourceFiles} gives a file as the readers see it (its
 * running text from .txt in UTF-8 or GB18030, .docx or a PDF's text layer; its standard tables from .pdf, .xlsx, .xls
 * and .docx), with clear errors naming the file for anything else; Office packages (.docx, .xlsx) are checked against
 * size and count limits, streaming, before POI builds anything.
 */
package cn.districtbudget.data.files;
