package cn.districtbudget.ui.shell;

import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.dashboard.RegionSummary;
import com.vaadin.flow.router.QueryParameters;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The region and year a view shows, read from the URL ({@code ?region=ID&year=YYYY}). Missing or unknown values
 * fall back to the region with the most departments (the first such in the queries' order: real before demo) and
 * its latest year, so any link works. {@code region} is null when nothing
 * has been imported yet.
 */
public record Selection(List<RegionSummary> regions, RegionSummary region, List<Integer> years, Integer year) {

    public Selection {
        regions = List.copyOf(regions);
        years = List.copyOf(years);
    }

    public static Selection resolve(QueryParameters parameters, DashboardQueries queries) {
        List<RegionSummary> regions = queries.regions();
        if (regions.isEmpty()) {
            return new Selection(regions, null, List.of(), null);
        }
        Long wantedRegion = longParameter(parameters, Routes.REGION);
        RegionSummary region = regions.stream().filter(r -> wantedRegion != null && r.id() == wantedRegion)
                .findFirst().orElseGet(() -> largest(regions));
        List<Integer> years = queries.years(region.id());
        Integer wantedYear = intParameter(parameters, Routes.YEAR);
        Integer year = wantedYear != null && years.contains(wantedYear) ? wantedYear
                : years.isEmpty() ? null : years.get(years.size() - 1);
        return new Selection(regions, region, years, year);
    }

    static RegionSummary largest(List<RegionSummary> regions) {
        RegionSummary largest = regions.get(0);
        for (RegionSummary region : regions) {
            if (region.departmentCount() > largest.departmentCount()) {
                largest = region;
            }
        }
        return largest;
    }

    public boolean isEmpty() {
        return region == null || year == null;
    }

    public Long regionId() {
        return region == null ? null : region.id();
    }

    /** {@code region} and {@code year} as query parameters for links that keep this selection. */
    public Map<String, Object> parameters() {
        return Routes.regionAndYear(regionId(), year);
    }

    public static Long longParameter(QueryParameters parameters, String name) {
        return first(parameters, name).map(value -> {
            try {
                return Long.valueOf(value.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    public static Integer intParameter(QueryParameters parameters, String name) {
        Long value = longParameter(parameters, name);
        return value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : value.intValue();
    }

    public static Optional<String> first(QueryParameters parameters, String name) {
        List<String> values = parameters.getParameters().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
