package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.ThreePublic;

import java.util.List;

/** The rows of the department page's figure tables, per section, from the disclosure (pure). */
final class SectionTables {

    private SectionTables() {
    }

    static List<FigureRow> revenue(Revenue r) {
        return List.of(FigureRow.of("收入合计", r.total()), FigureRow.of("一般公共预算收入（拨款）", r.generalPublicBudget()),
                FigureRow.of("基金预算收入", r.governmentFund()), FigureRow.of("财政专户核拨收入", r.specialAccount()),
                FigureRow.of("其他来源收入", r.other()));
    }

    /** The sources of a final account's 本年收入合计 (national template), in the template's order. */
    static final List<Concept> FINAL_SOURCES = List.of(Concept.REVENUE_FISCAL_APPROPRIATION,
            Concept.REVENUE_SUPERIOR_SUBSIDY, Concept.REVENUE_BUSINESS, Concept.REVENUE_OPERATING,
            Concept.REVENUE_SUBORDINATE_REMITTANCE, Concept.REVENUE_OTHER);

    /** True for a final account that states its revenue by the template's sources (财政拨款收入, 事业收入 …). */
    static boolean bySources(Disclosure d) {
        return d.kind() == DisclosureKind.FINAL_ACCOUNTS && FINAL_SOURCES.stream().anyMatch(c -> d.amount(c) != null);
    }

    /**
     * The revenue rows of the page: a final account stating the template's sources shows 本年收入合计, each source it
     * states, then 年初结转和结余 and 收入总计 when stated; anything else the sample's four sources.
     */
    static List<FigureRow> revenue(Disclosure d) {
        if (!bySources(d)) {
            return revenue(d.revenue());
        }
        List<FigureRow> rows = new java.util.ArrayList<>();
        rows.add(FigureRow.of("本年收入合计", d.revenue().total()));
        FINAL_SOURCES.stream().filter(c -> d.amount(c) != null).forEach(c -> rows.add(FigureRow.of(c.label(), d.amount(c))));
        for (Concept c : List.of(Concept.REVENUE_CARRIED_FORWARD, Concept.REVENUE_USE_OF_NON_FISCAL_BALANCE,
                Concept.REVENUE_GRAND_TOTAL)) {
            if (d.amount(c) != null) {
                rows.add(FigureRow.of(c.label(), d.amount(c)));
            }
        }
        return rows;
    }

    static List<FigureRow> expenditure(Expenditure e, PriorYearChange change) {
        return List.of(
                FigureRow.changed("支出合计", e.total(), StatedChange.amountOf(change.total()), explanation(change.total())),
                FigureRow.changed("基本支出", e.basic(), StatedChange.amountOf(change.basic()), explanation(change.basic())),
                FigureRow.of("　其中：人员经费", e.personnel()),
                FigureRow.of("　　　　日常公用经费", e.publicUse()),
                new FigureRow("项目支出", e.project(), StatedChange.amountOf(change.project()), e.projectDescription(),
                        explanation(change.project())));
    }

    static List<FigureRow> threePublic(ThreePublic t) {
        ThreePublic.Changes c = t.change();
        return List.of(
                FigureRow.changed("“三公”经费合计", t.total(), StatedChange.amountOf(c.total()), explanation(c.total())),
                FigureRow.changed("因公出国（境）费", t.outboundTravel(), StatedChange.amountOf(c.outboundTravel()), explanation(c.outboundTravel())),
                FigureRow.changed("公务用车购置及运行维护费", t.vehicles(), StatedChange.amountOf(c.vehicles()), explanation(c.vehicles())),
                FigureRow.changed("　其中：购置费", t.vehiclePurchase(), StatedChange.amountOf(c.vehiclePurchase()), explanation(c.vehiclePurchase())),
                FigureRow.changed("　　　　运行维护费", t.vehicleOperation(), StatedChange.amountOf(c.vehicleOperation()), explanation(c.vehicleOperation())),
                FigureRow.changed("公务接待费", t.reception(), StatedChange.amountOf(c.reception()), explanation(c.reception())));
    }

    /** "2019 年部门预算", with the prior year the text compares with when it states one. */
    static String title(Disclosure d) {
        return d.year() + " 年" + d.kind().label();
    }

    private static String explanation(StatedChange change) {
        return change == null ? null : change.explanation();
    }
}
