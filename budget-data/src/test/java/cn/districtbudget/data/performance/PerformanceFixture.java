package cn.districtbudget.data.performance;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.data.support.Fixtures;
import java.util.List;

/**
 * A department (丙区文旅局, code 201) whose 2023 budget has five indicators: 完成率 twice (under two work
 * activities), 活动次数, 覆盖率 (gap between 60% and 85%) and 满意度.
 */
final class PerformanceFixture {

    static final Region BING = new Region("测试省", "测试市", "丙区");
    static final String WORK = "1、开展活动";
    static final String ADMIN = "1、综合事务管理";

    private PerformanceFixture() {
    }

    static Disclosure culture(int year) {
        return culture(year, new Indicator("完成率", "≥95%", "≥90%", "≥80%", "<80%"));
    }

    /** The same table with another first indicator (a later revision changing its thresholds). */
    static Disclosure culture(int year, Indicator first) {
        Disclosure d = Fixtures.budget(BING, "丙区文旅局", "201", year, "100", "60", "10", "30", "5", "1", "3", "1",
                null);
        PerformanceTargets targets = new PerformanceTargets(List.of("目标"), "201", List.of(
                new DutyActivity("一、文旅活动", null, null, null, List.of(new WorkActivity(WORK, null, null, null, List.of(
                        first,
                        new Indicator("活动次数", "≥10次", "≥8次", "≥6次", "<6次"),
                        new Indicator("覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"))))),
                new DutyActivity("二、政务管理", null, null, null, List.of(new WorkActivity(ADMIN, null, null, null, List.of(
                        new Indicator("完成率", "≥95%", "≥90%", "≥85%", "<60%"),
                        new Indicator("满意度", "≥90%", "≥80%", "≥60%", "<60%")))))));
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(), d.expenditure(),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), targets, d.procurement(), d.fixedAssets());
    }
}
