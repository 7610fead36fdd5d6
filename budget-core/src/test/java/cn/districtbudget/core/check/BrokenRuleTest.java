package cn.districtbudget.core.check;

import static cn.districtbudget.core.money.Money.ofWan;
import static cn.districtbudget.core.sample.DisclosureEdits.withDepartment;
import static cn.districtbudget.core.sample.DisclosureEdits.withExpenditure;
import static cn.districtbudget.core.sample.DisclosureEdits.withFixedAssets;
import static cn.districtbudget.core.sample.DisclosureEdits.withOperatingCosts;
import static cn.districtbudget.core.sample.DisclosureEdits.withPerformance;
import static cn.districtbudget.core.sample.DisclosureEdits.withPriorYearChange;
import static cn.districtbudget.core.sample.DisclosureEdits.withRevenue;
import static cn.districtbudget.core.sample.DisclosureEdits.withThreePublic;
import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.sample.SampleDisclosures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** For every rule: the sample with one figure broken, and the exact finding the rule then produces. */
class BrokenRuleTest {

    private static final Disclosure SAMPLE = SampleDisclosures.kexie2019();
    private static final String LINES = "办公及印刷费0.75万元 + 邮电费0.68万元 + 差旅费0.21万元 + 维修费0.7万元"
            + " + 公务用车运行维护费0.6万元 + 公务交通补贴4.56万元";

    private final DisclosureChecker checker = new DisclosureChecker();

    @Test
    void revenueSourcesThatDoNotAddUp() {
        Disclosure broken = withRevenue(SAMPLE,
                new Revenue(ofWan("95.75"), ofWan("90.75"), Money.ZERO, Money.ZERO, Money.ZERO));

        assertOnlyFinding(checker.check(broken), "REV-SOURCES-SUM", Severity.ERROR, Section.REVENUE,
                "收入合计95.75万元 ≠ 一般公共预算收入90.75万元 + 基金预算收入0万元 + 财政专户核拨收入0万元"
                        + " + 其他来源收入0万元 = 90.75万元，相差5万元");
    }

    @Test
    void revenueThatDiffersFromExpenditure() {
        Disclosure broken = withRevenue(SAMPLE,
                new Revenue(ofWan("96.75"), ofWan("96.75"), Money.ZERO, Money.ZERO, Money.ZERO));

        assertOnlyFinding(checker.check(broken), "REV-EQUALS-EXP", Severity.ERROR, Section.REVENUE,
                "收入合计96.75万元 ≠ 支出合计95.75万元，相差1万元");
    }

    @Test
    void expenditureThatIsNotBasicPlusProject() {
        Disclosure broken = withExpenditure(SAMPLE, new Expenditure(ofWan("95.75"), ofWan("95.25"),
                ofWan("85.95"), ofWan("9.3"), ofWan("0.6"), null));

        assertOnlyFinding(checker.check(broken), "EXP-TOTAL-SUM", Severity.ERROR, Section.EXPENDITURE,
                "支出合计95.75万元 ≠ 基本支出95.25万元 + 项目支出0.6万元 = 95.85万元，相差0.1万元");
    }

    @Test
    void basicThatIsNotPersonnelPlusPublicUse() {
        Disclosure broken = withExpenditure(SAMPLE, new Expenditure(ofWan("95.75"), ofWan("95.25"),
                ofWan("85.59"), ofWan("9.3"), ofWan("0.5"), null));

        assertOnlyFinding(checker.check(broken), "EXP-BASIC-SUM", Severity.ERROR, Section.EXPENDITURE,
                "基本支出95.25万元 ≠ 人员经费85.59万元 + 日常公用经费9.3万元 = 94.89万元，相差0.36万元");
    }

    @Test
    void statedChangesThatDoNotAddUp() {
        Disclosure broken = withPriorYearChange(SAMPLE, new PriorYearChange(2018,
                StatedChange.of(ofWan("-1.44")), StatedChange.of(ofWan("24.6")), StatedChange.of(ofWan("-25.5"))));

        assertOnlyFinding(checker.check(broken), "CHG-SUM", Severity.ERROR, Section.PRIOR_YEAR_CHANGE,
                "支出合计比上年增减-1.44万元 ≠ 基本支出比上年增减+24.6万元 + 项目支出比上年增减-25.5万元"
                        + " = -0.9万元，相差0.54万元");
    }

    @Test
    void aStatedChangeThatDisagreesWithThePriorYearsOwnDisclosure() {
        Disclosure consistent = SampleDisclosures.kexie2018Consistent();
        Disclosure prior = new Disclosure(consistent.department(), 2018, consistent.kind(), consistent.unit(),
                null, new Expenditure(ofWan("98.19"), ofWan("71.19"), null, null, null, null),
                null, null, consistent.threePublic(), null, null, null);

        assertOnlyFinding(checker.check(SAMPLE, prior), "CHG-PRIOR-DISCLOSURE", Severity.ERROR,
                Section.PRIOR_YEAR_CHANGE,
                "支出合计比上年增减-1.44万元 ≠ 实际增减-2.44万元（2019年95.75万元 − 2018年公开说明98.19万元），相差1万元");
    }

    @Test
    void aThreePublicChangeThatDisagreesWithThePriorYearIsFiledUnderThreePublic() {
        Disclosure consistent = SampleDisclosures.kexie2018Consistent();
        ThreePublic priorThreePublic = new ThreePublic(ofWan("1.45"), ofWan("0"), ofWan("1.35"), ofWan("0"),
                ofWan("1.35"), ofWan("0.12"), null, null, null);
        Disclosure prior = withThreePublic(consistent, priorThreePublic);

        assertOnlyFinding(checker.check(SAMPLE, prior), "CHG-PRIOR-DISCLOSURE", Severity.ERROR,
                Section.THREE_PUBLIC,
                "公务接待费比上年增减-0.06万元 ≠ 实际增减-0.08万元（2019年0.04万元 − 2018年公开说明0.12万元），相差0.02万元");
    }

    @Test
    void operatingCostLinesAboveTheTotal() {
        List<OperatingCosts.Item> items = new ArrayList<>(SAMPLE.operatingCosts().items());
        items.add(new OperatingCosts.Item("其他", ofWan("2")));
        Disclosure broken = withOperatingCosts(SAMPLE, new OperatingCosts(ofWan("9.3"), items));

        assertOnlyFinding(checker.check(broken), "OPC-ITEMS-WITHIN-TOTAL", Severity.ERROR, Section.OPERATING_COSTS,
                "机关运行经费明细合计9.5万元（" + LINES + " + 其他2万元） > 机关运行经费9.3万元，超出0.2万元");
        assertThat(checker.check(broken).outcome("OPC-UNITEMISED").status()).isEqualTo(RuleStatus.PASSED);
    }

    @Test
    void operatingCostLinesThatAccountForTheTotalLeaveNoRemainder() {
        List<OperatingCosts.Item> items = new ArrayList<>(SAMPLE.operatingCosts().items());
        items.add(new OperatingCosts.Item("其他商品和服务支出", ofWan("1.8")));
        Disclosure complete = withOperatingCosts(SAMPLE, new OperatingCosts(ofWan("9.3"), items));

        CheckReport report = checker.check(complete);

        assertThat(report.outcome("OPC-UNITEMISED").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.outcome("OPC-ITEMS-WITHIN-TOTAL").status()).isEqualTo(RuleStatus.PASSED);
        assertThat(report.findings()).filteredOn(f -> !f.rule().startsWith("GRD-")).isEmpty();
    }

    @Test
    void unitemisedRemainderIsReportedAsInfo() {
        Disclosure costsOnly = withOperatingCosts(SAMPLE, new OperatingCosts(ofWan("9.3"), List.of(
                new OperatingCosts.Item("办公及印刷费", ofWan("0.75")))));

        assertThat(checker.check(costsOnly).findings()).filteredOn(f -> !f.rule().startsWith("GRD-"))
                .containsExactly(new Finding("OPC-UNITEMISED",
                Severity.INFO, Section.OPERATING_COSTS,
                "机关运行经费9.3万元中未列明细8.55万元：机关运行经费明细合计0.75万元（办公及印刷费0.75万元）"));
    }

    @Test
    void administrativeOperatingCostsThatDifferFromPublicUse() {
        Disclosure broken = withOperatingCosts(SAMPLE, new OperatingCosts(ofWan("9.5"),
                SAMPLE.operatingCosts().items()));

        CheckReport report = checker.check(broken);

        assertThat(report.outcome("OPC-EQUALS-PUBLIC-USE").findings()).containsExactly(new Finding(
                "OPC-EQUALS-PUBLIC-USE", Severity.ERROR, Section.OPERATING_COSTS,
                "机关运行经费9.5万元 ≠ 日常公用经费9.3万元，相差0.2万元（行政单位二者应相等）"));
        assertThat(report.findings()).extracting(Finding::rule).filteredOn(rule -> !rule.startsWith("GRD-"))
                .containsExactly("OPC-EQUALS-PUBLIC-USE", "OPC-UNITEMISED");
    }

    @Test
    void threePublicTotalThatIsNotTheSumOfItsItems() {
        Disclosure broken = withThreePublic(SAMPLE, new ThreePublic(ofWan("1.14"), ofWan("0"), ofWan("1.1"),
                ofWan("0"), ofWan("1.1"), ofWan("0.4"), SampleDisclosures.threePublicChanges(), null, null));

        assertOnlyFinding(checker.check(broken), "TPE-TOTAL-SUM", Severity.ERROR, Section.THREE_PUBLIC,
                "“三公”经费1.14万元 ≠ 因公出国（境）费0万元 + 公务用车购置及运行维护费1.1万元 + 公务接待费0.4万元"
                        + " = 1.5万元，相差0.36万元");
    }

    @Test
    void vehiclesThatAreNotPurchasePlusOperation() {
        Disclosure broken = withThreePublic(SAMPLE, new ThreePublic(ofWan("1.14"), ofWan("0"), ofWan("1.1"),
                ofWan("0"), ofWan("1.0"), ofWan("0.04"), SampleDisclosures.threePublicChanges(), null, null));

        assertOnlyFinding(checker.check(broken), "TPE-VEHICLES-SUM", Severity.ERROR, Section.THREE_PUBLIC,
                "公务用车购置及运行维护费1.1万元 ≠ 公务用车购置费0万元 + 公务用车运行维护费1万元 = 1万元，相差0.1万元");
    }

    @Test
    void threePublicItemChangesThatDoNotAddUpToTheStatedTotalChange() {
        ThreePublic.Changes changes = new ThreePublic.Changes(StatedChange.of(ofWan("-0.31")),
                StatedChange.of(Money.ZERO), null, StatedChange.of(Money.ZERO),
                StatedChange.of(ofWan("-0.25")), StatedChange.of(ofWan("-0.6")));

        assertOnlyFinding(checker.check(withChanges(changes)), "TPE-CHANGE-SUM", Severity.ERROR, Section.THREE_PUBLIC,
                "“三公”经费比上年增减-0.31万元 ≠ 因公出国（境）费比上年增减0万元 + 公务用车购置费比上年增减0万元"
                        + " + 公务用车运行维护费比上年增减-0.25万元 + 公务接待费比上年增减-0.6万元 = -0.85万元，相差0.54万元");
    }

    @Test
    void itemChangesThatFallShortWhileAnItemChangeIsUnstatedAreInsufficientData() {
        ThreePublic.Changes changes = new ThreePublic.Changes(StatedChange.of(ofWan("-0.31")),
                null, null, StatedChange.of(Money.ZERO),
                StatedChange.of(ofWan("-0.25")), StatedChange.of(ofWan("-0.02")));

        RuleOutcome outcome = checker.check(withChanges(changes)).outcome("TPE-CHANGE-SUM");

        assertThat(outcome.status()).isEqualTo(RuleStatus.INSUFFICIENT_DATA);
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "数据不足：已列明部分不等于合计（“三公”经费比上年增减-0.31万元 ≠ 公务用车购置费比上年增减0万元"
                        + " + 公务用车运行维护费比上年增减-0.25万元 + 公务接待费比上年增减-0.02万元 = -0.27万元，"
                        + "相差0.04万元），未列明的因公出国（境）费比上年增减可能构成差额");
    }

    @Test
    void aStatedVehiclesChangeThatIsNotPurchasePlusOperationChange() {
        ThreePublic.Changes changes = new ThreePublic.Changes(StatedChange.of(ofWan("-0.31")),
                null, StatedChange.of(ofWan("-0.2")), StatedChange.of(Money.ZERO),
                StatedChange.of(ofWan("-0.25")), StatedChange.of(ofWan("-0.06")));

        assertOnlyFinding(checker.check(withChanges(changes)), "TPE-CHANGE-SUM", Severity.ERROR, Section.THREE_PUBLIC,
                "公务用车购置及运行维护费比上年增减-0.2万元 ≠ 公务用车购置费比上年增减0万元"
                        + " + 公务用车运行维护费比上年增减-0.25万元 = -0.25万元，相差0.05万元");
    }

    @Test
    void aStatedRiseInThreePublicExpensesIsAWarning() {
        ThreePublic.Changes changes = new ThreePublic.Changes(StatedChange.of(ofWan("-0.19")),
                null, null, StatedChange.of(Money.ZERO),
                StatedChange.of(ofWan("-0.25")), StatedChange.of(ofWan("0.06")));

        assertOnlyFinding(checker.check(withChanges(changes)), "TPE-RISE", Severity.WARNING, Section.THREE_PUBLIC,
                "公务接待费比上年增减+0.06万元，不符合“三公”经费只减不增要求");
    }

    @Test
    void anActualRiseAgainstThePriorYearsDisclosureIsAWarning() {
        Disclosure prior = withThreePublic(SampleDisclosures.kexie2018Consistent(), new ThreePublic(ofWan("1"),
                null, null, null, null, null, null, null, null));

        CheckReport report = checker.check(SAMPLE, prior);

        assertThat(report.outcome("TPE-RISE").findings()).containsExactly(new Finding("TPE-RISE",
                Severity.WARNING, Section.THREE_PUBLIC,
                "“三公”经费2019年1.14万元 > 2018年公开说明1万元，增加0.14万元，不符合“三公”经费只减不增要求"));
        assertThat(report.outcome("CHG-PRIOR-DISCLOSURE").status()).isEqualTo(RuleStatus.FAILED);
    }

    @Test
    void assetCategoryCountsAboveTheTotal() {
        Disclosure broken = withFixedAssets(SAMPLE, assetsWithOther(10, ofWan("3.61")));

        assertOnlyFinding(checker.check(broken), "AST-COUNT-SUM", Severity.ERROR, Section.FIXED_ASSETS,
                "资产总额数量10 ≠ 车辆1 + 其他固定资产10 = 11，相差1");
    }

    @Test
    void assetCategoryCountsBelowTheTotalWithBlankCategoriesAreInsufficientData() {
        Disclosure shortfall = withFixedAssets(SAMPLE, assetsWithOther(8, ofWan("3.61")));

        RuleOutcome outcome = checker.check(shortfall).outcome("AST-COUNT-SUM");

        assertThat(outcome.status()).isEqualTo(RuleStatus.INSUFFICIENT_DATA);
        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "数据不足：已填数量的类别不等于合计（资产总额数量10 ≠ 车辆1 + 其他固定资产8 = 9，相差1），"
                        + "未填数量的类别可能构成差额");
    }

    @Test
    void assetCategoryCountsBelowTheTotalWithEveryCategoryFilledFail() {
        FixedAssets assets = new FixedAssets(null, 10, ofWan("5.67"), List.of(
                new FixedAssets.Category("车辆", 1, null, ofWan("2.06")),
                new FixedAssets.Category("其他固定资产", 8, null, ofWan("3.61"))));

        assertOnlyFinding(checker.check(withFixedAssets(SAMPLE, assets)), "AST-COUNT-SUM", Severity.ERROR,
                Section.FIXED_ASSETS, "资产总额数量10 ≠ 车辆1 + 其他固定资产8 = 9，相差1");
    }

    @Test
    void assetCategoryValuesAboveTheTotal() {
        Disclosure broken = withFixedAssets(SAMPLE, assetsWithOther(9, ofWan("3.71")));

        assertOnlyFinding(checker.check(broken), "AST-VALUE-SUM", Severity.ERROR, Section.FIXED_ASSETS,
                "资产总额价值5.67万元 ≠ 车辆2.06万元 + 其他固定资产3.71万元 = 5.77万元，相差0.1万元"
                        + "（未列明：房屋、单价在20万元以上设备）");
    }

    @Test
    void activityBudgetsAboveProjectExpenditure() {
        List<DutyActivity> activities = new ArrayList<>(SAMPLE.performance().activities());
        DutyActivity first = activities.get(0);
        activities.set(0, new DutyActivity(first.name(), ofWan("1"), first.content(), first.goal(), first.work()));
        Disclosure broken = withPerformance(SAMPLE, new PerformanceTargets(SAMPLE.performance().goals(),
                SAMPLE.performance().tableHeader(), activities));

        assertOnlyFinding(checker.check(broken), "PRF-ACTIVITY-BUDGET", Severity.WARNING, Section.PERFORMANCE,
                "职责活动年度预算数合计1.5万元（一、促进科普学术发展1万元 + 七、科技政务管理0.5万元） > 项目支出0.5万元，"
                        + "超出1万元");
    }

    @Test
    void operatingCostsOfAPublicInstitutionAreNotComparedWithPublicUse() {
        var dept = SAMPLE.department();
        Disclosure institution = withDepartment(withOperatingCosts(SAMPLE,
                        new OperatingCosts(ofWan("9.5"), SAMPLE.operatingCosts().items())),
                new cn.districtbudget.core.disclosure.Department(dept.name(), dept.code(), dept.region(),
                        cn.districtbudget.core.disclosure.UnitNature.PUBLIC_INSTITUTION, dept.rank(),
                        dept.fundingForm(), dept.duties(), dept.organisation()));

        RuleOutcome outcome = checker.check(institution).outcome("OPC-EQUALS-PUBLIC-USE");

        assertThat(outcome.status()).isEqualTo(RuleStatus.INSUFFICIENT_DATA);
        assertThat(outcome.findings()).extracting(Finding::message)
                .containsExactly("数据不足：不适用：单位性质为事业，本规则仅适用于行政单位");
    }

    private static Disclosure withChanges(ThreePublic.Changes changes) {
        ThreePublic t = SAMPLE.threePublic();
        return withThreePublic(SAMPLE, new ThreePublic(t.total(), t.outboundTravel(), t.vehicles(),
                t.vehiclePurchase(), t.vehicleOperation(), t.reception(), changes, t.meetingFeeRemark(),
                t.trainingFeeRemark()));
    }

    private static FixedAssets assetsWithOther(int count, Money value) {
        List<FixedAssets.Category> categories = new ArrayList<>(SAMPLE.fixedAssets().categories());
        categories.set(3, new FixedAssets.Category("其他固定资产", count, null, value));
        FixedAssets a = SAMPLE.fixedAssets();
        return new FixedAssets(a.asOf(), a.totalCount(), a.totalValue(), categories);
    }

    /** The broken rule's finding is the only one besides the sample's own INFO on un-itemised operating costs. */
    private static void assertOnlyFinding(CheckReport report, String rule, Severity severity, Section section,
                                          String message) {
        Finding expected = new Finding(rule, severity, section, message);
        assertThat(report.outcome(rule).status()).isEqualTo(RuleStatus.FAILED);
        assertThat(report.outcome(rule).findings()).containsExactly(expected);
        // The sample's own findings (its un-itemised remainder and the GRD-* findings on its thresholds) stay.
        assertThat(report.findings())
                .filteredOn(f -> !f.rule().equals("OPC-UNITEMISED") && !f.rule().startsWith("GRD-"))
                .containsExactly(expected);
    }
}
