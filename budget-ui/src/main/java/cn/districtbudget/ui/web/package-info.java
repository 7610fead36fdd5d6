/**
 * The web server's own set-up around the application: Tomcat's error pages (a malformed request never reaches
 * Spring) carry the same security headers as every other response.
 */
package cn.districtbudget.ui.web;
