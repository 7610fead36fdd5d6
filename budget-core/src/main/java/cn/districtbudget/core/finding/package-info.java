/** Findings: what reading or checking a disclosure reports, with rule id, severity, section and a Chinese message. */
package cn.districtbudget.core.finding;
