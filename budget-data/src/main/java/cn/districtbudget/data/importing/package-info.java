/** Import of disclosure texts and files: one transaction per file, idempotent, revisions for changed texts. */
package cn.districtbudget.data.importing;
