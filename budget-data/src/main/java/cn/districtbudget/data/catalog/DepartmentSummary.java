package cn.districtbudget.data.catalog;

import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.UnitNature;

/** A stored department: header figures as its newest disclosure states them (any may be null). */
public record DepartmentSummary(
        long id,
        String name,
        String code,
        long regionId,
        String regionName,
        UnitNature nature,
        String rank,
        FundingForm fundingForm) {
}
