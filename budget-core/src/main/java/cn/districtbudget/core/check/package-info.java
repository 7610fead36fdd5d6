/** The cross-footing rule catalogue (勾稽关系): stable rule ids, outcomes PASSED / FAILED / INSUFFICIENT_DATA. */
package cn.districtbudget.core.check;
