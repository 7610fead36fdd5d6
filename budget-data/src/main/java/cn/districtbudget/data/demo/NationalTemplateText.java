package cn.districtbudget.data.demo;

import static cn.districtbudget.data.demo.DemoDistrictGenerator.wan;

/**
 * Writes one department-year as most departments publish it: after the Ministry of Finance templates
 * (第一部分 部门概况, 第二部分 情况说明 with 收支总体情况, 收入, 支出, “三公”, 机关运行经费, 资产; 第三部分 名词解释),
 * a budget ({@link #budget()}) or the final accounts of a closed year ({@link #finalAccounts()}). The same figures as
 * the district-layout texts ({@link YearFigures}); the final accounts add what a closed year has: a carry-over
 * from the year before, a balance carried into the next, “三公” spent below its budget.
 */
final class NationalTemplateText {

    private final DemoDistrictGenerator.DistrictSpec spec;
    private final DepartmentProfile profile;
    private final String name;
    private final int year;
    private final YearFigures now;
    private final YearFigures before;
    private final StringBuilder out = new StringBuilder(8_192);

    NationalTemplateText(DemoDistrictGenerator.DistrictSpec spec, DepartmentProfile profile, String name, int year,
                         YearFigures now, YearFigures before) {
        this.spec = spec;
        this.profile = profile;
        this.name = name;
        this.year = year;
        this.now = now;
        this.before = before;
    }

    /** The figures of a closed year, in hundredths of 万元; 收入总计 = 支出总计 holds. */
    record FinalFigures(long revenue, long carriedForward, long expenditure, long basic, long project,
                        long carriedOver, long fiscal, long other, long threePublicBudget, long threePublic,
                        long outbound, long purchase, long operation, long reception) {

        static FinalFigures of(YearFigures now, YearFigures before) {
            long carriedForward = Math.round(before.total() * 0.03);
            long carriedOver = Math.round(now.total() * 0.04);
            long expenditure = now.total() + carriedForward - carriedOver;
            long saved = now.reception() / 5;
            return new FinalFigures(now.total(), carriedForward, expenditure, now.basic(), expenditure - now.basic(),
                    carriedOver, now.total() - now.other(), now.other(), now.threePublic(), now.threePublic() - saved,
                    now.outbound(), now.purchase(), now.operation(), now.reception() - saved);
        }

        long grandTotal() {
            return revenue + carriedForward;
        }

        long vehicles() {
            return purchase + operation;
        }
    }

    String budget() {
        line(name + year + "年部门预算");
        line("（本文为" + DemoDistrictGenerator.DEMO_LABEL + "，按财政部部门预算公开模板编写，部门及数字均为虚构，仅用于演示。）");
        line("");
        overview();
        line("第二部分 " + year + "年部门预算情况说明");
        line("一、收支预算总体情况");
        line("按照综合预算的原则，" + name + "所有收入和支出均纳入部门预算管理。" + year + "年本年收入合计" + wan(now.total())
                + "万元，其中：一般公共预算拨款收入" + wan(now.generalPublicBudget()) + "万元，政府性基金预算拨款收入"
                + wan(now.fund()) + "万元，其他收入" + wan(now.other()) + "万元。");
        line("二、支出预算情况说明");
        line(year + "年本年支出合计" + wan(now.total()) + "万元，比上年" + change(now.total() - before.total()) + "。其中：");
        line("基本支出" + wan(now.basic()) + "万元，比上年" + change(now.basic() - before.basic())
                + "，主要原因是人员和日常运转经费调整。其中：人员经费" + wan(now.personnel()) + "万元，公用经费"
                + wan(now.publicUse()) + "万元。");
        line("项目支出" + wan(now.project()) + "万元，比上年" + change(now.project() - before.project())
                + "，主要原因是" + profile.field() + "业务专项调整。项目支出用于" + profile.field() + "业务专项。");
        line("三、“三公”经费预算情况说明");
        line(year + "年“三公”经费预算数为" + wan(now.threePublic()) + "万元，比上年"
                + change(now.threePublic() - before.threePublic()) + "。其中：因公出国（境）费" + wan(now.outbound())
                + "万元；公务用车购置及运行维护费" + wan(now.vehicles()) + "万元（其中公务用车购置费" + wan(now.purchase())
                + "万元，公务用车运行维护费" + wan(now.operation()) + "万元）；公务接待费" + wan(now.reception()) + "万元。");
        line("四、机关运行经费");
        line(year + "年机关运行经费预算" + wan(now.publicUse()) + "万元，主要用于办公、水电、物业等日常运行支出。");
        line("五、国有资产占用情况");
        line("本部门共有车辆" + now.vehicleCount() + "辆。");
        glossary();
        return out.toString();
    }

    String finalAccounts() {
        FinalFigures f = FinalFigures.of(now, before);
        line(name + year + "年度部门决算");
        line("（本文为" + DemoDistrictGenerator.DEMO_LABEL + "，按财政部部门决算公开模板编写，部门及数字均为虚构，仅用于演示。）");
        line("");
        overview();
        line("第二部分 " + year + "年度部门决算情况说明");
        line("一、收入支出决算总体情况说明");
        line(year + "年度收、支总计均为" + wan(f.grandTotal()) + "万元。");
        line("二、收入决算情况说明");
        line(year + "年度本年收入合计" + wan(f.revenue()) + "万元，其中：财政拨款收入" + wan(f.fiscal()) + "万元，其他收入"
                + wan(f.other()) + "万元。年初结转和结余" + wan(f.carriedForward()) + "万元。");
        line("三、支出决算情况说明");
        line(year + "年度本年支出合计" + wan(f.expenditure()) + "万元，其中：基本支出" + wan(f.basic()) + "万元，项目支出"
                + wan(f.project()) + "万元。年末结转和结余" + wan(f.carriedOver()) + "万元。");
        line("四、“三公”经费财政拨款支出决算情况说明");
        line(year + "年度“三公”经费财政拨款支出预算为" + wan(f.threePublicBudget()) + "万元，支出决算为"
                + wan(f.threePublic()) + "万元，决算数小于预算数的主要原因是厉行节约、压减公务接待。");
        line("其中：因公出国（境）费支出决算" + wan(f.outbound()) + "万元；公务用车购置及运行维护费支出决算"
                + wan(f.vehicles()) + "万元（其中公务用车购置费" + wan(f.purchase()) + "万元，公务用车运行维护费"
                + wan(f.operation()) + "万元）；公务接待费支出决算" + wan(f.reception()) + "万元。");
        line("五、机关运行经费支出情况说明");
        line(year + "年度机关运行经费支出" + wan(now.publicUse()) + "万元。");
        glossary();
        return out.toString();
    }

    private void overview() {
        line("第一部分 部门概况");
        line("一、部门职责");
        line("负责全区" + profile.field() + "工作的统筹规划、组织实施和监督管理，承办区委、区政府交办的其他事项。");
        line("二、机构设置");
        line(name + "为" + spec.district() + (profile.publicInstitution() ? "所属事业单位" : "政府工作部门")
                + "，纳入本部门预算编制范围的单位共1个。");
        line("");
    }

    private void glossary() {
        line("第三部分 名词解释");
        line("一、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。");
        line("二、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
        line("三、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。");
    }

    private static String change(long delta) {
        if (delta == 0) {
            return "持平";
        }
        return (delta > 0 ? "增加" : "减少") + wan(Math.abs(delta)) + "万元";
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
