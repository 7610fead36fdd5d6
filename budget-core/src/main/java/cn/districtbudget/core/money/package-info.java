/** Exact money: {@link cn.districtbudget.core.money.Money} in yuan with fen precision, shown in 万元 as disclosures do. */
package cn.districtbudget.core.money;
