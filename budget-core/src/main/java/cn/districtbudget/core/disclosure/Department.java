package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The publishing department (部门). {@code code} is the budget unit code (e.g. {@code 731}), null when not stated.
 * {@code rank} (单位规格) is kept as published, e.g. {@code 正科级}.
 */
public record Department(
        @Nullable String name,
        @Nullable String code,
        Region region,
        @Nullable UnitNature nature,
        @Nullable String rank,
        @Nullable FundingForm fundingForm,
        @Nullable String duties,
        List<OrganisationUnit> organisation) {

    public Department {
        region = region == null ? Region.UNKNOWN : region;
        organisation = organisation == null ? List.of() : List.copyOf(organisation);
    }

    public static Department named(String name) {
        return new Department(name, null, Region.UNKNOWN, null, null, null, null, List.of());
    }
}
