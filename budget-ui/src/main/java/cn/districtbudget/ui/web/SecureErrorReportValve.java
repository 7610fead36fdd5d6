package cn.districtbudget.ui.web;

import cn.districtbudget.ui.security.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page for what fails before Spring sees it (a malformed URL, a bad header: 400), with the
 * application's security headers and, like Spring Boot's own set-up, neither the report nor the server version.
 */
public class SecureErrorReportValve extends ErrorReportValve {

    public SecureErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!response.isCommitted()) {
            SecurityHeaders.STATIC.forEach((name, value) -> {
                if (response.getHeader(name) == null) {
                    response.setHeader(name, value);
                }
            });
        }
        super.report(request, response, throwable);
    }
}
