/** Deterministic synthetic district (示例数据) written as disclosure texts, and the first-start demo import. */
package cn.districtbudget.data.demo;
