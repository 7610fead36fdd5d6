package cn.districtbudget.core.disclosure;

import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import java.util.Map;

/**
 * The figures real disclosures state, one constant per concept of the agreed vocabulary
 * (budget-core/src/test/resources/corpus/README.md); {@link #key()} is the vocabulary key. A stated change on the
 * prior year is the same concept with {@link StatedFigure#change()} set (key suffix {@code .change}).
 */
public enum Concept {
    REVENUE_TOTAL("revenue.total", Measure.MONEY, "本年收入合计"),
    REVENUE_GRAND_TOTAL("revenue.grandTotal", Measure.MONEY, "收入总计"),
    REVENUE_CARRIED_FORWARD("revenue.carriedForward", Measure.MONEY, "年初结转和结余（上年结转）"),
    REVENUE_USE_OF_NON_FISCAL_BALANCE("revenue.useOfNonFiscalBalance", Measure.MONEY, "使用非财政拨款结余"),
    REVENUE_FISCAL_APPROPRIATION("revenue.fiscalAppropriation", Measure.MONEY, "财政拨款收入"),
    REVENUE_GENERAL_PUBLIC_BUDGET("revenue.generalPublicBudget", Measure.MONEY, "一般公共预算拨款收入"),
    REVENUE_GOVERNMENT_FUND("revenue.governmentFund", Measure.MONEY, "政府性基金预算拨款收入"),
    REVENUE_STATE_CAPITAL("revenue.stateCapital", Measure.MONEY, "国有资本经营预算拨款收入"),
    REVENUE_SPECIAL_ACCOUNT("revenue.specialAccount", Measure.MONEY, "财政专户管理资金收入"),
    REVENUE_BUSINESS("revenue.business", Measure.MONEY, "事业收入"),
    REVENUE_OPERATING("revenue.operating", Measure.MONEY, "经营收入"),
    REVENUE_SUPERIOR_SUBSIDY("revenue.superiorSubsidy", Measure.MONEY, "上级补助收入"),
    REVENUE_SUBORDINATE_REMITTANCE("revenue.subordinateRemittance", Measure.MONEY, "附属单位上缴收入"),
    REVENUE_OTHER("revenue.other", Measure.MONEY, "其他收入"),

    EXPENDITURE_TOTAL("expenditure.total", Measure.MONEY, "本年支出合计"),
    EXPENDITURE_GRAND_TOTAL("expenditure.grandTotal", Measure.MONEY, "支出总计"),
    EXPENDITURE_BASIC("expenditure.basic", Measure.MONEY, "基本支出"),
    EXPENDITURE_PROJECT("expenditure.project", Measure.MONEY, "项目支出"),
    EXPENDITURE_PERSONNEL("expenditure.personnel", Measure.MONEY, "人员经费"),
    EXPENDITURE_PUBLIC_USE("expenditure.publicUse", Measure.MONEY, "公用经费"),
    EXPENDITURE_REMIT_TO_SUPERIOR("expenditure.remitToSuperior", Measure.MONEY, "上缴上级支出"),
    EXPENDITURE_OPERATING("expenditure.operating", Measure.MONEY, "经营支出"),
    EXPENDITURE_SUBSIDY_TO_SUBORDINATE("expenditure.subsidyToSubordinate", Measure.MONEY, "对附属单位补助支出"),
    EXPENDITURE_CARRIED_OVER("expenditure.carriedOver", Measure.MONEY, "年末结转和结余"),
    EXPENDITURE_BALANCE_DISTRIBUTION("expenditure.balanceDistribution", Measure.MONEY, "结余分配"),
    /** 单位预留机动经费: a budget's reserve beside 基本 and 项目 (Jiangsu's template), part of 支出合计. */
    EXPENDITURE_RESERVE("expenditure.reserve", Measure.MONEY, "单位预留机动经费"),

    FISCAL_REVENUE_TOTAL("fiscalAppropriation.revenueTotal", Measure.MONEY, "财政拨款收入总计"),
    FISCAL_EXPENDITURE_TOTAL("fiscalAppropriation.expenditureTotal", Measure.MONEY, "财政拨款支出总计"),

    GPB_EXPENDITURE_TOTAL("generalPublicBudgetExpenditure.total", Measure.MONEY, "一般公共预算财政拨款支出"),
    GPB_EXPENDITURE_INITIAL_BUDGET("generalPublicBudgetExpenditure.initialBudget", Measure.MONEY,
            "一般公共预算财政拨款支出年初预算"),
    GPB_EXPENDITURE_COMPLETION_RATE("generalPublicBudgetExpenditure.completionRate", Measure.PERCENT,
            "一般公共预算财政拨款支出完成年初预算的比例"),
    GPB_EXPENDITURE_BASIC("generalPublicBudgetExpenditure.basic", Measure.MONEY, "一般公共预算财政拨款基本支出"),
    GPB_EXPENDITURE_PROJECT("generalPublicBudgetExpenditure.project", Measure.MONEY, "一般公共预算财政拨款项目支出"),
    GPB_EXPENDITURE_PERSONNEL("generalPublicBudgetExpenditure.personnel", Measure.MONEY, "一般公共预算基本支出人员经费"),
    GPB_EXPENDITURE_PUBLIC_USE("generalPublicBudgetExpenditure.publicUse", Measure.MONEY, "一般公共预算基本支出公用经费"),
    GOVERNMENT_FUND_EXPENDITURE_TOTAL("governmentFundExpenditure.total", Measure.MONEY, "政府性基金预算财政拨款支出"),
    STATE_CAPITAL_EXPENDITURE_TOTAL("stateCapitalExpenditure.total", Measure.MONEY, "国有资本经营预算财政拨款支出"),

    THREE_PUBLIC_TOTAL("threePublic.total", Measure.MONEY, "“三公”经费"),
    THREE_PUBLIC_OUTBOUND_TRAVEL("threePublic.outboundTravel", Measure.MONEY, "因公出国（境）费"),
    THREE_PUBLIC_VEHICLES("threePublic.vehicles", Measure.MONEY, "公务用车购置及运行维护费"),
    THREE_PUBLIC_VEHICLE_PURCHASE("threePublic.vehiclePurchase", Measure.MONEY, "公务用车购置费"),
    THREE_PUBLIC_VEHICLE_OPERATION("threePublic.vehicleOperation", Measure.MONEY, "公务用车运行维护费"),
    THREE_PUBLIC_RECEPTION("threePublic.reception", Measure.MONEY, "公务接待费"),
    THREE_PUBLIC_BUDGETED_TOTAL("threePublic.budgeted.total", Measure.MONEY, "“三公”经费预算数"),
    THREE_PUBLIC_BUDGETED_OUTBOUND_TRAVEL("threePublic.budgeted.outboundTravel", Measure.MONEY, "因公出国（境）费预算数"),
    THREE_PUBLIC_BUDGETED_VEHICLES("threePublic.budgeted.vehicles", Measure.MONEY, "公务用车购置及运行维护费预算数"),
    THREE_PUBLIC_BUDGETED_VEHICLE_PURCHASE("threePublic.budgeted.vehiclePurchase", Measure.MONEY, "公务用车购置费预算数"),
    THREE_PUBLIC_BUDGETED_VEHICLE_OPERATION("threePublic.budgeted.vehicleOperation", Measure.MONEY,
            "公务用车运行维护费预算数"),
    THREE_PUBLIC_BUDGETED_RECEPTION("threePublic.budgeted.reception", Measure.MONEY, "公务接待费预算数"),
    THREE_PUBLIC_OUTBOUND_GROUPS("threePublic.outboundGroups", Measure.COUNT, "因公出国（境）团组数"),
    THREE_PUBLIC_OUTBOUND_PERSONS("threePublic.outboundPersons", Measure.COUNT, "因公出国（境）人次"),
    THREE_PUBLIC_VEHICLES_PURCHASED("threePublic.vehiclesPurchased", Measure.COUNT, "购置公务用车数"),
    THREE_PUBLIC_VEHICLES_HELD("threePublic.vehiclesHeld", Measure.COUNT, "公务用车保有量"),
    THREE_PUBLIC_RECEPTION_BATCHES("threePublic.receptionBatches", Measure.COUNT, "国内公务接待批次"),
    THREE_PUBLIC_RECEPTION_PERSONS("threePublic.receptionPersons", Measure.COUNT, "国内公务接待人次"),

    OPERATING_COST_TOTAL("operatingCost.total", Measure.MONEY, "机关运行经费"),
    PROCUREMENT_TOTAL("procurement.total", Measure.MONEY, "政府采购支出总额"),
    PROCUREMENT_GOODS("procurement.goods", Measure.MONEY, "政府采购货物支出"),
    PROCUREMENT_WORKS("procurement.works", Measure.MONEY, "政府采购工程支出"),
    PROCUREMENT_SERVICES("procurement.services", Measure.MONEY, "政府采购服务支出"),
    PROCUREMENT_SME_AWARDED("procurement.smeAwarded", Measure.MONEY, "授予中小企业合同金额"),
    ASSETS_VEHICLES("assets.vehicles", Measure.COUNT, "车辆数"),
    ASSETS_TOTAL_VALUE("assets.totalValue", Measure.MONEY, "资产总额");

    /** What a concept's value is: money (万元-convertible), a count, or a percentage. */
    public enum Measure { MONEY, COUNT, PERCENT }

    private static final Map<String, Concept> BY_KEY = new HashMap<>();

    static {
        for (Concept concept : values()) {
            BY_KEY.put(concept.key, concept);
        }
    }

    private final String key;
    private final Measure measure;
    private final String label;

    Concept(String key, Measure measure, String label) {
        this.key = key;
        this.measure = measure;
        this.label = label;
    }

    /** The vocabulary key, e.g. {@code revenue.total}. */
    public String key() {
        return key;
    }

    public Measure measure() {
        return measure;
    }

    /** The Chinese name, for messages. */
    public String label() {
        return label;
    }

    /** The concept of a vocabulary key (without {@code .change}); null when the key is not in the vocabulary. */
    public static @Nullable Concept ofKey(String key) {
        return BY_KEY.get(key);
    }
}
