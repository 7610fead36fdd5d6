/**
 * Reading disclosure files (.txt in UTF-8 or GB18030, .docx) into text, with clear errors for anything else; Office
 * packages (.docx, .xlsx) are checked against size and count limits, streaming, before POI builds anything.
 */
package cn.districtbudget.data.files;
