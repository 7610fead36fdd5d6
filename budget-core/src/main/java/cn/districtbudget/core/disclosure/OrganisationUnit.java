package cn.districtbudget.core.disclosure;

/** One row of the organisation table (部门机构设置情况), texts exactly as published. */
public record OrganisationUnit(String name, String nature, String rank, String fundingForm) {
}
