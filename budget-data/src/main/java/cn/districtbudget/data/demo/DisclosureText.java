package cn.districtbudget.data.demo;

import static cn.districtbudget.data.demo.DemoDistrictGenerator.wan;

/** Writes one department-year in the sample's layout: sentences as published, tables as tab-separated cells. */
final class DisclosureText {

    private final DemoDistrictGenerator.DistrictSpec spec;
    private final DepartmentProfile profile;
    private final String name;
    private final String code;
    private final int year;
    private final YearFigures now;
    private final YearFigures before;
    private final String error;
    private final StringBuilder out = new StringBuilder(16_384);

    DisclosureText(DemoDistrictGenerator.DistrictSpec spec, DepartmentProfile profile, String name, String code,
                   int year, YearFigures now, YearFigures before, String error) {
        this.spec = spec;
        this.profile = profile;
        this.name = name;
        this.code = code;
        this.year = year;
        this.now = now;
        this.before = before;
        this.error = error;
    }

    String write() {
        line(name + "部门" + year + "年部门预算公开说明");
        line("");
        line("    按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《" + spec.province() + "省级预算公开办法》规定，现将"
                + name + "部门" + year + "年部门预算公开如下：");
        line("");
        line("    （本文为" + DemoDistrictGenerator.DEMO_LABEL + "，部门及数字均为虚构，仅用于演示。）");
        line("");
        department();
        overall();
        operatingCosts();
        threePublic();
        performance();
        procurement();
        fixedAssets();
        glossary();
        return out.toString();
    }

    private void department() {
        String field = profile.field();
        line("    一、部门职责及机构设置情况");
        line("");
        line("部门职责：");
        line("贯彻执行党和国家关于" + field + "工作的方针政策和法律法规，负责全区" + field + "工作的统筹规划、组织实施和监督管理。"
                + "承办区委、区政府交办的其他事项。");
        line("机构设置：");
        line("");
        line("部门机构设置情况");
        line("");
        row("单位名称", "单位性质", "单位规格", "经费保障形式");
        row("", "", "", "");
        row(spec.province() + spec.city() + name, profile.publicInstitution() ? "事业" : "行政", "正科级", "财政拨款");
        line("");
    }

    private void overall() {
        long revenueTotal = now.total();
        long general = now.generalPublicBudget();
        if ("REV-EQUALS-EXP".equals(error)) {
            revenueTotal += 100;
            general += 100;
        }
        long personnel = now.personnel() + ("EXP-BASIC-SUM".equals(error) ? 100 : 0);
        long project = now.project() + ("EXP-TOTAL-SUM".equals(error) ? 100 : 0);
        line("    二、部门预算安排的总体情况");
        line("");
        line("    按照预算管理有关规定，目前我区部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算中。" + name
                + "的收支包含在部门预算中。");
        line("");
        line("    1、收入说明");
        line("反映本部门当年全部收入。" + year + "年预算收入为" + wan(revenueTotal) + "万元，其中：一般公共预算收入" + wan(general)
                + "万元，基金预算收入" + wan(now.fund()) + "万元，财政专户核拨收入0万元，其他来源收入" + wan(now.other()) + "万元。");
        line("");
        line("    2、支出说明");
        line("    收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映" + spec.district() + year
                + "年度部门预算中支出预算的总体情况。" + year + "年预算支出为" + wan(now.total()) + "万元，其中：基本支出"
                + wan(now.basic()) + "万元，主要是人员经费" + wan(personnel) + "万元和日常公用经费" + wan(now.publicUse())
                + "万元；项目支出" + wan(project) + "万元，主要为" + profile.field() + "业务专项经费。");
        line("    3、比上年增减情况");
        line("");
        line("    " + year + "年预算支出安排" + wan(now.total()) + "万元，较" + (year - 1) + "年预算"
                + change(now.total() - before.total(), null) + "，其中：基本支出"
                + change(now.basic() - before.basic(), "人员工资支出") + "；项目支出"
                + change(now.project() - before.project(), profile.field() + "业务等项目支出") + "。");
    }

    private void operatingCosts() {
        line("    三、机关运行经费安排情况");
        line("");
        StringBuilder items = new StringBuilder();
        long[] amounts = now.operatingItems();
        for (int i = 0; i < amounts.length; i++) {
            items.append(i == 0 ? "" : "、").append(YearFigures.OPERATING_ITEMS[i]).append(wan(amounts[i])).append("万元");
        }
        line("    机关运行经费共计安排" + wan(now.publicUse()) + "万元，主要用于" + items + "等日常运行支出。");
    }

    private void threePublic() {
        long reception = now.reception() + ("TPE-TOTAL-SUM".equals(error) ? 50 : 0);
        line("四、财政拨款“三公”经费预算情况及增减变化原因");
        line(year + "年，我部门财政拨款“三公”经费预算安排" + wan(now.threePublic()) + "万元，其中因公出国（境）费"
                + wan(now.outbound()) + "万元；公务用车购置及运行维护费" + wan(now.vehicles()) + "万元（其中：公务用车购置费为"
                + wan(now.purchase()) + "万元，公务用车运行维护费" + wan(now.operation()) + "万元)；公务接待费" + wan(reception)
                + "万元。较" + (year - 1) + "年“三公”经费预算总额" + change(now.threePublic() - before.threePublic(), null)
                + "。其中：因公出国（境）费" + change(now.outbound() - before.outbound(), "因公出国（境）计划调整")
                + "；公务用车购置" + change(now.purchase() - before.purchase(), "公务用车更新计划调整")
                + "；公务用车运行维护费" + change(now.operation() - before.operation(), "公务用车运行费用调整")
                + "；公务接待费" + change(now.reception() - before.reception(), "公务接待任务调整")
                + "。会议费、培训费均与上年持平，无变化。");
        line("");
    }

    /** {@code 增加1.2万元，主要是…}, {@code 减少…} or {@code 与上年持平，无变化}. */
    private static String change(long delta, String reason) {
        if (delta == 0) {
            return "与上年持平，无变化";
        }
        String amount = (delta > 0 ? "增加" : "减少") + wan(Math.abs(delta)) + "万元";
        return reason == null ? amount : amount + "，主要是" + reason;
    }

    private record IndicatorTemplate(String name, String excellent, String good, String fair, String poor) {
    }

    private static final IndicatorTemplate[] INDICATORS = {
        new IndicatorTemplate("%s工作任务完成率", "≥95%", "≥90%", "≥80%", "<80%"),
        new IndicatorTemplate("群众满意度", "≥90%", "≥80%", "≥60%", "<60%"),
        new IndicatorTemplate("业务培训次数", "≥6次", "≥4次", "≥3次", "<3次"),
        new IndicatorTemplate("项目按期完成率", "100%", "≥90%", "≥80%", "<80%"),
        new IndicatorTemplate("服务对象人次", "≥200人次", "≥150人次", "≥100人次", "<100人次"),
        new IndicatorTemplate("运行保障事务完成率", "≥95%", "≥90%", "≥85%", "<60%"),
        new IndicatorTemplate("信息公开及时率", "95%以上", "90%以上", "85%以上", "85%以下"),
        new IndicatorTemplate("督导检查次数", "10次以上", "8次以上", "6次以上", "6次以下"),
    };

    private void performance() {
        String field = profile.field();
        int first = Integer.parseInt(code) % INDICATORS.length;
        line("");
        line("    五、绩效预算信息");
        line("");
        line("    总体绩效目标：");
        line("一、" + field + "业务：各项" + field + "工作任务按期完成，服务质量持续提升。");
        line("");
        line("二、综合管理：保障机关工作正常高效运转。");
        line("");
        line("三、专项工作：" + field + "专项资金使用规范，项目按计划实施。");
        line("");
        line("部门职责及工作活动绩效目标指标：");
        line("部门职责-工作活动绩效目标");
        line("");
        row(code + profile.shortName(), "单位：万元");
        row("职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标", "评价标准");
        row("", "", "", "", "", "优", "良", "中", "差");
        duty("一、" + field + "业务管理", "", "负责全区" + field + "业务的统筹管理。", "各项" + field + "工作任务按期完成。",
                "　　1、" + field + "日常业务", "开展" + field + "日常业务工作。", "服务质量持续提升。", first, 2);
        duty("二、综合事务管理", "", "负责机关综合事务管理。", "保障机关工作正常高效运转。",
                "　　1、综合事务管理", "开展会议组织、财务和资产管理等工作。", "保障机关工作正常高效运转。", first + 2, 2);
        String budget = wan(now.project());
        duty("三、" + field + "专项工作", budget, "实施" + field + "专项项目。", "专项资金使用规范，项目按计划实施。",
                "　　1、" + field + "专项项目", "按计划实施" + field + "专项项目。", "项目按计划实施。", first + 4, 2);
        line("");
    }

    private void duty(String name, String budget, String content, String goal, String workName, String workContent,
                      String workGoal, int firstIndicator, int indicators) {
        row(name, budget, content, goal, "", "", "", "", "");
        for (int i = 0; i < indicators; i++) {
            IndicatorTemplate t = INDICATORS[(firstIndicator + i) % INDICATORS.length];
            String indicator = t.name().formatted(profile.field());
            if (i == 0) {
                row(workName, budget, workContent, workGoal, indicator, t.excellent(), t.good(), t.fair(), t.poor());
            } else {
                row("", "", "", "", indicator, t.excellent(), t.good(), t.fair(), t.poor());
            }
        }
    }

    private void procurement() {
        line("六、政府采购预算情况");
        line("");
        line(year + "年，我部门安排政府采购预算具体内容见下表。");
        line("");
        line("   部门政府采购预算");
        line("");
        row("", "单位：万元");
        row("政府采购项目来源", "采购物品名称", "政府采购目录序号", "数量  单位", "数量", "单价", "政府采购金额");
        row("项目名称", "预算资金", "", "", "", "", "", "总计", "当年部门预算安排资金", "其他渠道资金");
        row("", "", "", "", "", "", "", "", "合计", "一般公共预算拨款", "基金预算拨款", "财政专户核拨", "其他来源收入", "");
        for (int i = 0; i < 3; i++) {
            row("", "", "", "", "", "", "", "", "", "", "", "", "", "");
        }
        line("");
        line("无此项公开内容，空表列示。");
        line("");
    }

    private void fixedAssets() {
        long total = now.vehicleValue() + now.otherValue();
        int count = now.vehicleCount() + now.otherCount();
        line("七、国有资产信息");
        line("");
        line("截至上年末，我单位固定资产总额" + wan(total) + "万元，本年度无新增固定资产预算。");
        line("\t部门固定资产占用情况表");
        line("");
        line("\t编制部门：");
        line("\t截止时间：" + (year - 1) + "年12月31日  ");
        line("");
        row("项   目", "数量", "价值（金额单位：万元）");
        row("资产总额", Integer.toString(count), wan(total));
        row("1、房屋（平方米）", "", "");
        row("2、车辆（台、辆）", now.vehicleCount() == 0 ? "" : Integer.toString(now.vehicleCount()),
                now.vehicleCount() == 0 ? "" : wan(now.vehicleValue()));
        row("3、单价在20万元以上设备", "", "");
        row("4、……………", "", "");
        row("5、其他固定资产", Integer.toString(now.otherCount()), wan(now.otherValue()));
        line("");
    }

    private void glossary() {
        line("八、名词解释");
        line("");
        line("    1、一般公共预算拨款收入：指县级财政当年拨付的资金。");
        line("");
        line("    2、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。");
        line("");
        line("    3、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。");
        line("");
        line("    九、其他需要说明的事项");
        line("无其他需要说明的事项。");
        line("");
    }

    private void row(String... cells) {
        for (String cell : cells) {
            out.append('\t').append(cell).append('\n');
        }
        out.append('\n');
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
