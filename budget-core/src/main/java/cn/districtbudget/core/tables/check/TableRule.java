package cn.districtbudget.core.tables.check;

import cn.districtbudget.core.finding.Severity;

/** The table rules: stable id, severity of a failure, and what the rule checks (Chinese, for the catalogue). */
public enum TableRule {
    ROW_SUM("TBL-ROW-SUM", Severity.ERROR, "各行合计等于其组成栏之和（基本支出+项目支出；人员经费+公用经费；各资金来源）"),
    HIERARCHY("TBL-HIERARCHY", Severity.ERROR, "科目层级：类=Σ款，款=Σ项，合计=Σ类"),
    SUMMARY_BALANCE("TBL-SUMMARY-BALANCE", Severity.ERROR, "收支总表：收入总计=支出总计，总计=本年合计+结转结余"),
    BASIC_ECONOMIC("TBL-BASIC-ECON", Severity.ERROR,
            "基本支出表：人员经费=301工资福利支出+303对个人和家庭的补助，公用经费=302商品和服务支出+307+310资本性支出+399"),
    THREE_PUBLIC_SUM("TBL-3PUB-SUM", Severity.ERROR,
            "“三公”经费表：合计=因公出国（境）费+公务用车购置及运行费+公务接待费（不含会议费、培训费），公务用车=购置费+运行费"),
    CROSS_INCOME("TBL-X-INCOME", Severity.ERROR, "收支总表的收入合计等于收入总表的合计"),
    CROSS_EXPENDITURE("TBL-X-EXPENDITURE", Severity.ERROR, "收支总表的支出合计等于支出总表的合计"),
    CROSS_FISCAL("TBL-X-FISCAL", Severity.ERROR, "收支总表的财政拨款收入等于财政拨款收支总表的收入合计"),
    CROSS_GENERAL_PUBLIC("TBL-X-GENERAL-PUBLIC", Severity.ERROR, "财政拨款收支总表的一般公共预算等于一般公共预算支出表的合计"),
    CROSS_BASIC("TBL-X-BASIC", Severity.ERROR, "一般公共预算支出表的基本支出合计等于基本支出表的合计"),
    EMPTY_NO_STATEMENT("TBL-EMPTY-NO-STATEMENT", Severity.WARNING, "空表应注明“本表为空表”或“无…安排”"),
    EMPTY_WITH_FIGURES("TBL-EMPTY-WITH-FIGURES", Severity.WARNING, "填有数字的表不应留有空表说明");

    private final String id;
    private final Severity severity;
    private final String description;

    TableRule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String description() {
        return description;
    }
}
