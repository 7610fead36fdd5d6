/** The import page: upload of many .txt/.docx disclosures, read and stored in the background with progress. */
package cn.districtbudget.ui.importing;
