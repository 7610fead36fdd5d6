/** The JSON view of a disclosure and its findings (format in docs/json-format.md). */
package cn.districtbudget.core.json;
