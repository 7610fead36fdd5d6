package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/** One row of the organisation table (部门机构设置情况), texts exactly as published. */
public record OrganisationUnit(String name, @Nullable String nature, @Nullable String rank, @Nullable String fundingForm) {
}
