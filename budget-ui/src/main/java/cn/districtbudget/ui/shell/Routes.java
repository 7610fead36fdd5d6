package cn.districtbudget.ui.shell;

import com.vaadin.flow.router.QueryParameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paths of the views and links to them, as strings, so views can link to each other without depending
 * on each other's classes. Region and year travel as query parameters.
 */
public final class Routes {

    public static final String OVERVIEW = "";
    public static final String THREE_PUBLIC = "sangong";
    public static final String GRADES = "kpi";
    public static final String DEPARTMENTS = "departments";
    public static final String DEPARTMENT = "department";
    public static final String QUALITY = "quality";
    public static final String IMPORT = "import";
    public static final String PERFORMANCE = "performance";
    public static final String USERS = "admin/users";
    public static final String AUDIT = "admin/audit";

    public static final String REGION = "region";
    public static final String YEAR = "year";

    private Routes() {
    }

    /** Navigates to a link made by {@link #link} (path and query string). */
    public static void navigate(String link) {
        int query = link.indexOf('?');
        if (query < 0) {
            com.vaadin.flow.component.UI.getCurrent().navigate(link);
        } else {
            com.vaadin.flow.component.UI.getCurrent().navigate(link.substring(0, query),
                    QueryParameters.fromString(link.substring(query + 1)));
        }
    }

    /** {@code department/ID}. */
    public static String department(long departmentId) {
        return DEPARTMENT + "/" + departmentId;
    }

    /** A link such as {@code department/5?region=1&year=2019}; null values are left out. */
    public static String link(String path, Map<String, ?> parameters) {
        return new com.vaadin.flow.router.Location(path, query(parameters)).getPathWithQueryParameters();
    }

    public static String departmentLink(long departmentId, Long regionId, Integer year) {
        return link(department(departmentId), params(REGION, regionId, YEAR, year));
    }

    /** The results (绩效自评) page of a department, e.g. {@code performance/5?year=2019}. */
    public static String performanceLink(long departmentId, Integer year) {
        return link(PERFORMANCE + "/" + departmentId, params(YEAR, year));
    }

    /** Query parameters from alternating names and values; null values are left out. */
    public static Map<String, Object> params(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }

    public static QueryParameters query(Map<String, ?> parameters) {
        Map<String, List<String>> full = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (value != null) {
                full.put(name, List.of(String.valueOf(value)));
            }
        });
        return new QueryParameters(full);
    }
}
