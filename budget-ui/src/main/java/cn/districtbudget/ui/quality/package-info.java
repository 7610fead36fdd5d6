/** The data-quality page: every finding by rule, severity and department, filterable, linked to its department. */
package cn.districtbudget.ui.quality;
