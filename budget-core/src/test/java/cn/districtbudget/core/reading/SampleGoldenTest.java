package cn.districtbudget.core.reading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.FundingForm;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.OrganisationUnit;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.UnitNature;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every figure and every threshold text of the real sample (山海关区科学技术协会 2019), read completely. */
class SampleGoldenTest {

    private static final ReadResult RESULT = new DisclosureReader().read(Samples.shanhaiguan());
    private static final Disclosure D = RESULT.disclosure();

    private static Money wan(String amount) {
        return Money.ofWan(amount);
    }

    @Test
    void readsWithoutReadingFindings() {
        assertThat(RESULT.isDisclosure()).isTrue();
        assertThat(RESULT.findings()).isEmpty();
    }

    @Test
    void title() {
        assertThat(D.department().name()).isEqualTo("山海关区科学技术协会");
        assertThat(D.year()).isEqualTo(2019);
        assertThat(D.kind()).isEqualTo(DisclosureKind.BUDGET);
        assertThat(D.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    }

    @Test
    void departmentCodeRegionAndOrganisation() {
        assertThat(D.department().code()).isEqualTo("731");
        // District from the title; city from the organisation table's 秦皇岛市山海关区科学技术协会; the province is
        // named only inside a cited regulation (《河北省省级预算公开办法》), so it is not taken.
        assertThat(D.department().region()).isEqualTo(new Region(null, "秦皇岛市", "山海关区"));
        assertThat(D.department().organisation()).containsExactly(
                new OrganisationUnit("秦皇岛市山海关区科学技术协会", "行政", "正科级", "财政拨款"));
        assertThat(D.department().nature()).isEqualTo(UnitNature.ADMINISTRATIVE);
        assertThat(D.department().rank()).isEqualTo("正科级");
        assertThat(D.department().fundingForm()).isEqualTo(FundingForm.FISCAL_APPROPRIATION);
    }

    @Test
    void duties() {
        String duties = D.department().duties();
        assertThat(duties).startsWith("贯彻执行党的路线、方针、政策，根据区委在各个时期的中心任务")
                .contains("推动决策科学化和民主化。\n研究全区科技发展")
                .endsWith("开展知识产权宣传教育、培训和知识产权行政执法工作。");
        assertThat(duties.lines()).hasSize(2);
    }

    @Test
    void revenue() {
        var revenue = D.revenue();
        assertThat(revenue.total()).isEqualTo(wan("95.75"));
        assertThat(revenue.generalPublicBudget()).isEqualTo(wan("95.75"));
        assertThat(revenue.governmentFund()).isEqualTo(Money.ZERO);
        assertThat(revenue.specialAccount()).isEqualTo(Money.ZERO);
        assertThat(revenue.other()).isEqualTo(Money.ZERO);
    }

    @Test
    void expenditure() {
        var expenditure = D.expenditure();
        assertThat(expenditure.total()).isEqualTo(wan("95.75"));
        assertThat(expenditure.basic()).isEqualTo(wan("95.25"));
        assertThat(expenditure.personnel()).isEqualTo(wan("85.95"));
        assertThat(expenditure.publicUse()).isEqualTo(wan("9.3"));
        assertThat(expenditure.project()).isEqualTo(wan("0.5"));
        assertThat(expenditure.projectDescription()).isEqualTo("主要为公务用车保险费");
    }

    @Test
    void priorYearChange() {
        var change = D.priorYearChange();
        assertThat(change.priorYear()).isEqualTo(2018);
        assertThat(change.total()).isEqualTo(new StatedChange(wan("-1.44"), null));
        assertThat(change.basic()).isEqualTo(new StatedChange(wan("24.06"), "主要为人员工资支出"));
        assertThat(change.project()).isEqualTo(new StatedChange(wan("-25.5"), "主要为科普活动、县域经济增比进位等项目支出"));
    }

    @Test
    void operatingCosts() {
        assertThat(D.operatingCosts().total()).isEqualTo(wan("9.3"));
        assertThat(D.operatingCosts().items()).containsExactly(
                new OperatingCosts.Item("办公及印刷费", wan("0.75")),
                new OperatingCosts.Item("邮电费", wan("0.68")),
                new OperatingCosts.Item("差旅费", wan("0.21")),
                new OperatingCosts.Item("维修费", wan("0.7")),
                new OperatingCosts.Item("公务用车运行维护费", wan("0.6")),
                new OperatingCosts.Item("公务交通补贴", wan("4.56")));
    }

    @Test
    void threePublicAmounts() {
        var three = D.threePublic();
        assertThat(three.total()).isEqualTo(wan("1.14"));
        assertThat(three.outboundTravel()).isEqualTo(Money.ZERO);
        assertThat(three.vehicles()).isEqualTo(wan("1.1"));
        assertThat(three.vehiclePurchase()).isEqualTo(Money.ZERO);
        assertThat(three.vehicleOperation()).isEqualTo(wan("1.1"));
        assertThat(three.reception()).isEqualTo(wan("0.04"));
    }

    @Test
    void threePublicChangesAsStated() {
        var change = D.threePublic().change();
        assertThat(change.total()).isEqualTo(new StatedChange(wan("-0.31"), null));
        assertThat(change.outboundTravel()).as("not stated").isNull();
        assertThat(change.vehicles()).as("not stated").isNull();
        assertThat(change.vehiclePurchase()).as("与上年持平，无变化").isEqualTo(new StatedChange(Money.ZERO, null));
        assertThat(change.vehicleOperation()).isEqualTo(new StatedChange(wan("-0.25"), "主要是减少公务用车项目经费"));
        assertThat(change.reception()).isEqualTo(new StatedChange(wan("-0.06"), "主要是减少公务接待项目经费"));
        assertThat(D.threePublic().meetingFeeRemark()).isEqualTo("会议费、培训费均与上年持平，无变化。");
        assertThat(D.threePublic().trainingFeeRemark()).isEqualTo("会议费、培训费均与上年持平，无变化。");
    }

    @Test
    void performanceGoals() {
        List<String> goals = D.performance().goals();
        assertThat(goals).hasSize(7);
        assertThat(goals.get(0)).isEqualTo("一、科学技术普及：系列科普活动成效明显，重点人群科学素质不断提升。"
                + "利用数字化手段开发构建科普公共服务平台，实现农村、社区、校园科普一体化平台。。");
        assertThat(goals.get(6)).isEqualTo("七、科技政务管理：保障机关工作正常高效运转。");
        assertThat(D.performance().tableHeader()).isEqualTo("731科协");
    }

    @Test
    void dutyActivitiesWithBudgetsAndWork() {
        List<DutyActivity> duties = D.performance().activities();
        assertThat(duties).extracting(DutyActivity::name).containsExactly(
                "一、促进科普学术发展", "二、促进学术发展", "三、政务管理", "四、科技创新项目支撑",
                "五、科技创新环境建设", "六、开展系列科普活动", "七、科技政务管理");
        assertThat(duties).extracting(DutyActivity::budget)
                .containsExactly(null, null, null, null, null, null, wan("0.5"));
        assertThat(duties).allSatisfy(d -> assertThat(d.work()).hasSize(1));
        assertThat(duties).extracting(d -> d.work().get(0).name()).containsExactly(
                "1、开展科普活动;科普能力建设;促进学会能力提升；", "1、促进学会能力提升；学术交流合作；服务技术创新",
                "1、综合业务管理；综合事务管理", "1、重点基础研究", "1、创新型城市建设", "1、科普活动", "1、综合事务管理");
        assertThat(duties).extracting(d -> d.work().get(0).budget())
                .containsExactly(null, null, null, null, null, null, wan("0.5"));
        assertThat(duties).extracting(d -> d.indicators().size()).containsExactly(4, 3, 3, 3, 3, 3, 3);

        DutyActivity last = duties.get(6);
        assertThat(last.content()).isEqualTo("负责系统综合业务管理和机关综合管理。");
        assertThat(last.goal()).isEqualTo("确保各项业务工作谋划到位、顺利开展。保障机关工作正常高效运转。");
        WorkActivity work = last.work().get(0);
        assertThat(work.content()).isEqualTo("主要开展会议组织管理、信息化建设、机关财务和资产管理、标准化建设、人事管理、"
                + "机关党工委、老干部工作以及直属企事业单位管理等工作");
        assertThat(work.goal()).isEqualTo("保障机关工作正常高效运转。");
        assertThat(duties.get(0).content()).isEqualTo(
                "实施《全民科学素质行动计划纲要》，改善科普设施，提升科普能力，开展多种形式的科普活动。\n"
                        + "组织各种国内外学术交流活动，提升区级学会能力，支持学会发展，建设服务企业技术创新体系。");
        assertThat(duties.get(3).goal()).startsWith("1、增加科技型中小企业数量、高新技术企业数量。\n2、加强科技型企业培训")
                .endsWith("5、组织企业按规定申请专利补助，激发企业申报热情。");
    }

    @Test
    void all22IndicatorsWithTheirFourThresholdTextsVerbatim() {
        assertThat(D.performance().indicators()).containsExactly(
                new Indicator("科普活动覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"),
                new Indicator("学会交流次数增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
                new Indicator("交流培训活动次数", "10次以上", "8次以上", "6次以上", "6次以下"),
                new Indicator("举办科普活动次数", "20次以上", "15次以上", "10次以上", "10次以下"),
                new Indicator("学术交流人次增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
                new Indicator("科技交流活动次数", "10次以上", "8次以上", "6次以上", "6次以下"),
                new Indicator("企业安装应用专利信息库的增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
                new Indicator("设施购置率", "95%及以上", "90%及以上", "85%及以上", "70%以下"),
                new Indicator("运行保障事务完成率", "95%及以上", "90%及以上", "85%及以上", "60%以下"),
                new Indicator("科普业务项目保障率", "95%及以上", "90%及以上", "85%及以上", "70%以下"),
                new Indicator("科技型企业技术培训次数", "≥6次", "≥4次", "≥3次", "<3次"),
                new Indicator("新增科技型中小企业完成率", "≥95%", "≥80%", "≥60%", "<60%"),
                new Indicator("补助金发放率", "100%", "≥90%", "≥80%", "<60%"),
                new Indicator("创新型企业申报数", "≥3", "≥2", "≥1", "=0"),
                new Indicator("科技特派员下乡培训人次", "≥40人次", "≥30人次", "≥20人次", "<20人次"),
                new Indicator("科技特派员培训完成率", "100%", "≥90%", "≥85%", "≥80%"),
                new Indicator("科普宣传资料发放率", "100%", "≥90%", "≥85%", "<85%"),
                new Indicator("科普培训次数", "≥4次", "≥3次", "≥2次", "<2次"),
                new Indicator("科普活动参加人数", "≥200人", "≥150人", "≥100人", "<100人"),
                new Indicator("群众满意度", "≥90%", "≥80%", "≥60%", "<60%"),
                new Indicator("科技管理业务工作保障率(%）", "≥90%", "≥80%", "≥70%", "<70%"),
                new Indicator("运行保障事务完成率", "≥95%", "≥90%", "≥85%", "<60%"));
    }

    @Test
    void emptyProcurementTableWithItsNote() {
        assertThat(D.procurement().items()).isEmpty();
        assertThat(D.procurement().note()).isEqualTo("无此项公开内容，空表列示。");
    }

    @Test
    void fixedAssets() {
        FixedAssets assets = D.fixedAssets();
        assertThat(assets.asOf()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(assets.totalCount()).isEqualTo(10);
        assertThat(assets.totalValue()).isEqualTo(wan("5.67"));
        assertThat(assets.categories()).containsExactly(
                new FixedAssets.Category("房屋", null, null, null),
                new FixedAssets.Category("车辆", 1, null, wan("2.06")),
                new FixedAssets.Category("单价在20万元以上设备", null, null, null),
                new FixedAssets.Category("其他固定资产", 9, null, wan("3.61")));
    }
}
