package cn.districtbudget.data.dashboard;

/**
 * A region (行政区划) that has stored disclosures. {@code id} is what the other queries take (and what the UI
 * puts in its URL). {@code name} is the most specific name (e.g. 山海关区); {@code demo} marks synthetic
 * 示例数据 regions.
 */
public record RegionSummary(long id, String name, String province, String city, String district,
                            boolean demo, int departmentCount) {
}
