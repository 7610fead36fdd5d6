package cn.districtbudget.data.support;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.OrganisationUnit;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Hand-built disclosures: the real sample's figures, and small districts with known sums. */
public final class Fixtures {

    public static final Region SHANHAIGUAN = new Region("河北省", "秦皇岛市", "山海关区");

    private Fixtures() {
    }

    public static Money wan(String wan) {
        return Money.ofWan(wan);
    }

    /** The sample (山海关区科学技术协会 2019 budget) as a reader should produce it, every section filled. */
    public static Disclosure sample() {
        Department department = new Department("山海关区科学技术协会", "731", SHANHAIGUAN, UnitNature.ADMINISTRATIVE,
                "正科级", FundingForm.FISCAL_APPROPRIATION, "贯彻执行党的路线、方针、政策……",
                List.of(new OrganisationUnit("秦皇岛市山海关区科学技术协会", "行政", "正科级", "财政拨款")));
        return new Disclosure(department, 2019, DisclosureKind.BUDGET, MoneyUnit.WAN_YUAN,
                new Revenue(wan("95.75"), wan("95.75"), wan("0"), wan("0"), wan("0")),
                new Expenditure(wan("95.75"), wan("95.25"), wan("85.95"), wan("9.3"), wan("0.5"), "主要为公务用车保险费"),
                new PriorYearChange(2018, new StatedChange(wan("-1.44"), null),
                        new StatedChange(wan("24.06"), "主要为人员工资支出"),
                        new StatedChange(wan("-25.5"), "主要为科普活动、县域经济增比进位等项目支出")),
                new OperatingCosts(wan("9.3"), List.of(new OperatingCosts.Item("办公及印刷费", wan("0.75")),
                        new OperatingCosts.Item("邮电费", wan("0.68")), new OperatingCosts.Item("公务交通补贴", wan("4.56")))),
                new ThreePublic(wan("1.14"), wan("0"), wan("1.1"), wan("0"), wan("1.1"), wan("0.04"),
                        new ThreePublic.Changes(StatedChange.of(wan("-0.31")), null, null,
                                new StatedChange(Money.ZERO, "与上年持平，无变化"),
                                new StatedChange(wan("-0.25"), "主要是减少公务用车项目经费"),
                                new StatedChange(wan("-0.06"), "主要是减少公务接待项目经费")),
                        "会议费均与上年持平，无变化", "培训费均与上年持平，无变化"),
                new PerformanceTargets(List.of("一、科学技术普及：系列科普活动成效明显。", "七、科技政务管理：保障机关工作正常高效运转。"),
                        "731科协", List.of(
                        new DutyActivity("一、促进科普学术发展", null, "实施《全民科学素质行动计划纲要》", "开展科普活动", List.of(
                                new WorkActivity("1、开展科普活动", null, "开展科普惠农", "系列科普活动成效明显", List.of(
                                        new Indicator("科普活动覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"),
                                        new Indicator("交流培训活动次数", "10次以上", "8次以上", "6次以上", "6次以下"))))),
                        new DutyActivity("七、科技政务管理", wan("0.5"), "负责系统综合业务管理", "保障机关工作正常高效运转", List.of(
                                new WorkActivity("1、综合事务管理", wan("0.5"), "会议组织管理", "保障机关工作正常高效运转", List.of(
                                        new Indicator("群众满意度", "≥90%", "≥80%", "≥60%", "<60%"))))))),
                new Procurement(List.of(), "无此项公开内容，空表列示。"),
                new FixedAssets(LocalDate.of(2018, 12, 31), 10, wan("5.67"), List.of(
                        new FixedAssets.Category("房屋（平方米）", null, null, null),
                        new FixedAssets.Category("车辆（台、辆）", 1, null, wan("2.06")),
                        new FixedAssets.Category("其他固定资产", 9, new BigDecimal("12.50"), wan("3.61")))));
    }

    public static List<Finding> sampleFindings() {
        return List.of(
                new Finding("PERF-THRESHOLD-GAP", Severity.WARNING, Section.PERFORMANCE, "科普活动覆盖率：60%至85%之间无评价等级", 120),
                new Finding("EXP-BASIC-SUM", Severity.ERROR, Section.EXPENDITURE, "基本支出不等于人员经费加日常公用经费"));
    }

    /** A minimal budget disclosure with the figures the dashboard sums, in 万元; null arguments stay unstated. */
    public static Disclosure budget(Region region, String name, String code, int year, String total, String personnel,
                                    String publicUse, String project, String threePublic, String outbound,
                                    String vehicles, String reception, String statedThreePublicChange) {
        Department department = new Department(name, code, region, UnitNature.ADMINISTRATIVE, "正科级",
                FundingForm.FISCAL_APPROPRIATION, null, List.of());
        Money basic = Money.sumOrNull(m(personnel), m(publicUse));
        return new Disclosure(department, year, DisclosureKind.BUDGET, MoneyUnit.WAN_YUAN,
                new Revenue(m(total), m(total), Money.ZERO, Money.ZERO, Money.ZERO),
                new Expenditure(m(total), basic, m(personnel), m(publicUse), m(project), null),
                new PriorYearChange(year - 1, null, null, null),
                null,
                new ThreePublic(m(threePublic), m(outbound), m(vehicles), null, null, m(reception),
                        new ThreePublic.Changes(statedThreePublicChange == null ? null
                                : StatedChange.of(m(statedThreePublicChange)), null, null, null, null, null), null, null),
                new PerformanceTargets(List.of("目标"), code, List.of(new DutyActivity("一、履职", null, null, null,
                        List.of(new WorkActivity("1、工作", null, null, null, List.of(
                                new Indicator("指标甲", "≥95%", "≥90%", "≥80%", "<80%"),
                                new Indicator("指标乙", "≥10次", "≥8次", "≥6次", "<6次"))))))),
                null, null);
    }

    private static Money m(String wan) {
        return wan == null ? null : Money.ofWan(wan);
    }
}
