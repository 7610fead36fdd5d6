/**
 * What budget-ui's tests share: the one Spring test context ({@link cn.districtbudget.ui.testsupport.UiSpringTest}),
 * the Karibu-Testing base ({@link cn.districtbudget.ui.testsupport.KaribuTest}), the small known district the view
 * tests stand on ({@link cn.districtbudget.ui.testsupport.TestDistrict}) and signing in without a browser.
 */
package cn.districtbudget.ui.testsupport;
