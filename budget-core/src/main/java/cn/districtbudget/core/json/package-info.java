/** The JSON view of a disclosure, its findings and the standard tables read with it (format in docs/json-format.md). */
package cn.districtbudget.core.json;
