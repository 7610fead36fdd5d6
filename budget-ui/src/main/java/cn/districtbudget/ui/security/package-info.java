/** Log-in, roles and who may open which page; user administration, the audit page, demo accounts and create-admin. */
package cn.districtbudget.ui.security;
