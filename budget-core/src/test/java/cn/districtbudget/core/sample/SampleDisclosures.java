package cn.districtbudget.core.sample;

import static cn.districtbudget.core.money.Money.ofWan;

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
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * The real sample {@code shared/samples/shanhaiguan-kexie-2019-budget.txt} (山海关区科学技术协会 2019年部门预算),
 * built by hand, figure by figure, from its text. Tests of the reader compare against {@link #kexie2019()};
 * tests of the rules break it one figure at a time with {@link DisclosureEdits}.
 */
public final class SampleDisclosures {

    public static final String UNCHANGED = "与上年持平，无变化";

    private SampleDisclosures() {
    }

    public static Disclosure kexie2019() {
        return new Disclosure(department(), 2019, DisclosureKind.BUDGET, MoneyUnit.WAN_YUAN,
                revenue(), expenditure(), priorYearChange(), operatingCosts(), threePublic(),
                performance(), procurement(), fixedAssets());
    }

    /**
     * A 2018 budget of the same department agreeing with every change the 2019 text states (97.19 = 71.19 + 26.00;
     * “三公” 1.45 = 0 + 1.35 (0 + 1.35) + 0.10). Not a published document: the 2018 text is not in the samples.
     */
    public static Disclosure kexie2018Consistent() {
        return new Disclosure(department(), 2018, DisclosureKind.BUDGET, MoneyUnit.WAN_YUAN,
                Revenue.NOT_STATED,
                new Expenditure(ofWan("97.19"), ofWan("71.19"), null, null, ofWan("26.00"), null),
                PriorYearChange.NOT_STATED, OperatingCosts.NOT_STATED,
                new ThreePublic(ofWan("1.45"), ofWan("0"), ofWan("1.35"), ofWan("0"), ofWan("1.35"),
                        ofWan("0.10"), ThreePublic.Changes.NOT_STATED, null, null),
                PerformanceTargets.NOT_STATED, Procurement.NOT_STATED, FixedAssets.NOT_STATED);
    }

    public static Department department() {
        return new Department("山海关区科学技术协会", "731", new Region("河北省", "秦皇岛市", "山海关区"),
                UnitNature.ADMINISTRATIVE, "正科级", FundingForm.FISCAL_APPROPRIATION, DUTIES,
                List.of(new OrganisationUnit("秦皇岛市山海关区科学技术协会", "行政", "正科级", "财政拨款")));
    }

    /** 2019年预算收入为95.75万元，其中：一般公共预算收入95.75万元，基金预算收入0万元，财政专户核拨收入0万元，其他来源收入0万元。 */
    public static Revenue revenue() {
        return new Revenue(ofWan("95.75"), ofWan("95.75"), ofWan("0"), ofWan("0"), ofWan("0"));
    }

    /** 支出95.75万元：基本支出95.25万元（人员经费85.95万元、日常公用经费9.3万元）；项目支出0.5万元。 */
    public static Expenditure expenditure() {
        return new Expenditure(ofWan("95.75"), ofWan("95.25"), ofWan("85.95"), ofWan("9.3"), ofWan("0.5"),
                "主要为公务用车保险费");
    }

    /** 较2018年预算减少1.44万元，其中：基本支出增加24.06万元…；项目支出减少25.5万元… */
    public static PriorYearChange priorYearChange() {
        return new PriorYearChange(2018,
                StatedChange.of(ofWan("-1.44")),
                new StatedChange(ofWan("24.06"), "主要为人员工资支出"),
                new StatedChange(ofWan("-25.5"), "主要为科普活动、县域经济增比进位等项目支出"));
    }

    /** 机关运行经费共计安排9.3万元，主要用于办公及印刷费0.75万元、… 公务交通补贴4.56万元等日常运行支出。 */
    public static OperatingCosts operatingCosts() {
        return new OperatingCosts(ofWan("9.3"), List.of(
                new OperatingCosts.Item("办公及印刷费", ofWan("0.75")),
                new OperatingCosts.Item("邮电费", ofWan("0.68")),
                new OperatingCosts.Item("差旅费", ofWan("0.21")),
                new OperatingCosts.Item("维修费", ofWan("0.7")),
                new OperatingCosts.Item("公务用车运行维护费", ofWan("0.6")),
                new OperatingCosts.Item("公务交通补贴", ofWan("4.56"))));
    }

    /**
     * “三公”经费1.14万元 = 因公出国（境）费0 + 公务用车1.1（购置0，运行维护1.1）+ 公务接待0.04; 较2018年减少0.31万元：
     * 购置持平，运行维护减少0.25，接待减少0.06. The text states no change for 因公出国（境）费 nor for vehicles as a whole.
     */
    public static ThreePublic threePublic() {
        return new ThreePublic(ofWan("1.14"), ofWan("0"), ofWan("1.1"), ofWan("0"), ofWan("1.1"), ofWan("0.04"),
                threePublicChanges(), UNCHANGED, UNCHANGED);
    }

    public static ThreePublic.Changes threePublicChanges() {
        return new ThreePublic.Changes(
                StatedChange.of(ofWan("-0.31")),
                null,
                null,
                new StatedChange(Money.ZERO, UNCHANGED),
                new StatedChange(ofWan("-0.25"), "主要是减少公务用车项目经费"),
                new StatedChange(ofWan("-0.06"), "主要是减少公务接待项目经费"));
    }

    public static Procurement procurement() {
        return new Procurement(List.of(), "无此项公开内容，空表列示。");
    }

    /** 截止时间：2018年12月31日; 资产总额 10 / 5.67; 车辆 1 / 2.06; 其他固定资产 9 / 3.61; other rows blank. */
    public static FixedAssets fixedAssets() {
        return new FixedAssets(LocalDate.of(2018, 12, 31), 10, ofWan("5.67"), List.of(
                new FixedAssets.Category("房屋", null, null, null),
                new FixedAssets.Category("车辆", 1, null, ofWan("2.06")),
                new FixedAssets.Category("单价在20万元以上设备", null, null, null),
                new FixedAssets.Category("其他固定资产", 9, null, ofWan("3.61"))));
    }

    public static PerformanceTargets performance() {
        return new PerformanceTargets(GOALS, "731科协", List.of(
                duty("一、促进科普学术发展", null, work("1、开展科普活动;科普能力建设;促进学会能力提升；", null,
                        new Indicator("科普活动覆盖率", "95%以上", "90%以上", "85%以上", "60%以下"),
                        new Indicator("学会交流次数增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
                        new Indicator("交流培训活动次数", "10次以上", "8次以上", "6次以上", "6次以下"),
                        new Indicator("举办科普活动次数", "20次以上", "15次以上", "10次以上", "10次以下"))),
                duty("二、促进学术发展", null, work("1、促进学会能力提升；学术交流合作；服务技术创新", null,
                        new Indicator("学术交流人次增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"),
                        new Indicator("科技交流活动次数", "10次以上", "8次以上", "6次以上", "6次以下"),
                        new Indicator("企业安装应用专利信息库的增长率", "10%及以上", "8%及以上", "5%及以上", "5%以下"))),
                duty("三、政务管理", null, work("1、综合业务管理；综合事务管理", null,
                        new Indicator("设施购置率", "95%及以上", "90%及以上", "85%及以上", "70%以下"),
                        new Indicator("运行保障事务完成率", "95%及以上", "90%及以上", "85%及以上", "60%以下"),
                        new Indicator("科普业务项目保障率", "95%及以上", "90%及以上", "85%及以上", "70%以下"))),
                duty("四、科技创新项目支撑", null, work("1、重点基础研究", null,
                        new Indicator("科技型企业技术培训次数", "≥6次", "≥4次", "≥3次", "<3次"),
                        new Indicator("新增科技型中小企业完成率", "≥95%", "≥80%", "≥60%", "<60%"),
                        new Indicator("补助金发放率", "100%", "≥90%", "≥80%", "<60%"))),
                duty("五、科技创新环境建设", null, work("1、创新型城市建设", null,
                        new Indicator("创新型企业申报数", "≥3", "≥2", "≥1", "=0"),
                        new Indicator("科技特派员下乡培训人次", "≥40人次", "≥30人次", "≥20人次", "<20人次"),
                        new Indicator("科技特派员培训完成率", "100%", "≥90%", "≥85%", "≥80%"))),
                duty("六、开展系列科普活动", null, work("1、科普活动", null,
                        new Indicator("科普宣传资料发放率", "100%", "≥90%", "≥85%", "<85%"),
                        new Indicator("科普培训次数", "≥4次", "≥3次", "≥2次", "<2次"),
                        new Indicator("科普活动参加人数", "≥200人", "≥150人", "≥100人", "<100人"))),
                duty("七、科技政务管理", ofWan("0.5"), work("1、综合事务管理", ofWan("0.5"),
                        new Indicator("群众满意度", "≥90%", "≥80%", "≥60%", "<60%"),
                        new Indicator("科技管理业务工作保障率(%）", "≥90%", "≥80%", "≥70%", "<70%"),
                        new Indicator("运行保障事务完成率", "≥95%", "≥90%", "≥85%", "<60%")))));
    }

    private static DutyActivity duty(String name, Money budget, WorkActivity work) {
        return new DutyActivity(name, budget, null, null, List.of(work));
    }

    private static WorkActivity work(String name, Money budget, Indicator... indicators) {
        return new WorkActivity(name, budget, null, null, List.of(indicators));
    }

    private static final List<String> GOALS = List.of(
            "一、科学技术普及：系列科普活动成效明显，重点人群科学素质不断提升。利用数字化手段开发构建科普公共服务平台，"
                    + "实现农村、社区、校园科普一体化平台。。",
            "二、促进学术发展：学会能力不断提升，学术成果产出数量增长。繁荣学术交流合作,促进科技创新和科技成果转化。"
                    + "为企业引进创新资源，推动产学研协作创新和群众性技术创新活动。",
            "三、政务管理：各类科普业务工作谋划到位、开展有序，助推科普事业发展能力提升。保障机关工作正常高效运转。",
            "四、科技创新项目支撑：1、完成科技型中小企业、高新技术企业目标任务。2、开展科技型企业培训，推动我区企业创新发展。"
                    + "3、培育创新创业平台。4、组织企业申请专利补助，下发专利补助金。",
            "五、科技创新环境建设：扎实推进创新型城市建设，不断发挥科技特派员作用。",
            "六、开展系列科普活动：印刷科普宣传资料，加大宣传力度，提高公民的科普意识，增加科普知识。",
            "七、科技政务管理：保障机关工作正常高效运转。");

    private static final String DUTIES = "贯彻执行党的路线、方针、政策，根据区委在各个时期的中心任务和上级科协的指导方针，"
            + "确定区科协工作指导思想和任务，指导全区的科协工作。组织开展全区学术交流，活跃学术思想，提高学术质量，"
            + "促进科学技术创新和社会经济的发展。组织开展继续教育和技术培训工作，进行技术咨询服务，"
            + "促进科技成果向现实生产力转化，为经济建设服务。组织开展全区群众性科学技术普及工作，普及科学、"
            + "传播科学思想和方法，开展青年少科技动教育活动。组织科技工作者参政议政，参与科技政策、法规的制定，"
            + "开展决策论证，提出咨询建设，推动决策科学化和民主化。\n"
            + "研究全区科技发展和科技促进经济与社会发尽其所能的重大问题；推动全区科技创新体系建设，提高全区科技创新能力。"
            + "负责全区科技成果的验收鉴定、认定登记、公布、评审和奖励工作，组织开展科技成果推广应用工作。"
            + "负责管理科研机构、技术市场和知识产权工作。负责区科技信息服务体系建设。负责全区的科学技术普及工作。"
            + "贯彻执行国家、省、市有关知识产权法律法规和方针政策，开展知识产权宣传教育、培训和知识产权行政执法工作。";
}
