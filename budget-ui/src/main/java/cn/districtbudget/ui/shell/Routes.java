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

    /** Query parameter names, the one place they are spelled. */
    public static final String REGION = "region";
    public static final String YEAR = "year";
    public static final String SEVERITY = "severity";
    public static final String DISCLOSURE = "disclosure";
    public static final String DEPARTMENT_FILTER = "department";
    public static final String KIND = "kind";

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

    /** A department's page for a region and year, e.g. {@code department/5?region=1&year=2019}. */
    public static String departmentLink(long departmentId, Long regionId, Integer year) {
        return link(department(departmentId), regionAndYear(regionId, year));
    }

    /** A department's page showing one stored disclosure (a revision, or another kind). */
    public static String departmentLink(long departmentId, Long regionId, Integer year, Long disclosureId) {
        Map<String, Object> parameters = regionAndYear(regionId, year);
        putIfPresent(parameters, DISCLOSURE, disclosureId);
        return link(department(departmentId), parameters);
    }

    /** A department's page showing its current disclosure of another kind (决算) for the year. */
    public static String departmentLink(long departmentId, Long regionId, Integer year,
                                        cn.districtbudget.core.disclosure.DisclosureKind kind) {
        Map<String, Object> parameters = regionAndYear(regionId, year);
        putIfPresent(parameters, KIND, kind == null ? null : kind.name());
        return link(department(departmentId), parameters);
    }

    /** The results (绩效自评) page of a department, e.g. {@code performance/5?year=2019}. */
    public static String performanceLink(long departmentId, Integer year) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, YEAR, year);
        return link(PERFORMANCE + "/" + departmentId, parameters);
    }

    /** The “三公” page for a region and year. */
    public static String threePublicLink(Long regionId, Integer year) {
        return link(THREE_PUBLIC, regionAndYear(regionId, year));
    }

    /** The data-quality page for a region and year, optionally only findings of one severity (its enum name). */
    public static String qualityLink(Long regionId, Integer year, String severity) {
        Map<String, Object> parameters = regionAndYear(regionId, year);
        putIfPresent(parameters, SEVERITY, severity);
        return link(QUALITY, parameters);
    }

    /** The grade heatmap for a region and year, optionally with one department's indicators opened. */
    public static String gradesLink(Long regionId, Integer year, Long departmentId) {
        Map<String, Object> parameters = regionAndYear(regionId, year);
        putIfPresent(parameters, DEPARTMENT_FILTER, departmentId);
        return link(GRADES, parameters);
    }

    /** {@code region} and {@code year} as query parameters; null values are left out. */
    public static Map<String, Object> regionAndYear(Long regionId, Integer year) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        putIfPresent(parameters, REGION, regionId);
        putIfPresent(parameters, YEAR, year);
        return parameters;
    }

    private static void putIfPresent(Map<String, Object> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
        }
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
