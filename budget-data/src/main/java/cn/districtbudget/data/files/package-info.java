/** Reading disclosure files (.txt in UTF-8 or GB18030, .docx) into text, with clear errors for anything else. */
package cn.districtbudget.data.files;
