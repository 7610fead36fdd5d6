/** The append-only audit log: who did what and when (imports, revisions, results edits, user changes, failed logins). */
package cn.districtbudget.data.audit;
