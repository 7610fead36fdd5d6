/**
 * Import of disclosure documents: a {@link cn.districtbudget.data.importing.DocumentSource} read outside any
 * transaction, then checked and stored in one transaction per document, idempotent, revisions for changed texts;
 * failures typed ({@link cn.districtbudget.data.importing.ImportFailure}). Decision 0007 names the parts.
 */
package cn.districtbudget.data.importing;
