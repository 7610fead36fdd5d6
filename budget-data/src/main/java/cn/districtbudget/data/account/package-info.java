/** User accounts: BCrypt password hashes, roles, enabling and disabling, and lock-out after failed logins. */
package cn.districtbudget.data.account;
