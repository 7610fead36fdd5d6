/** The findings grid shared by the department page and the data-quality page (级别, 规则, 部分, 说明, 行). */
package cn.districtbudget.ui.findings;
