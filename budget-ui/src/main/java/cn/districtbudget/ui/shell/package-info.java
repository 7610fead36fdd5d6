/** The application shell: layout with side navigation, region and year selection in the URL, formatting helpers. */
package cn.districtbudget.ui.shell;
