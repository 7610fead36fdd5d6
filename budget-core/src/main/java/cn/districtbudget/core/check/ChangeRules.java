package cn.districtbudget.core.check;

import static cn.districtbudget.core.disclosure.StatedChange.amountOf;

import cn.districtbudget.core.change.ChangeComparison;
import cn.districtbudget.core.check.Comparisons.Blanks;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.PriorYearChange;
import cn.districtbudget.core.disclosure.StatedChange;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Rules on the stated changes on the prior year (比上年增减). */
final class ChangeRules {

    private ChangeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("CHG-SUM", Severity.ERROR, List.of(Section.PRIOR_YEAR_CHANGE),
                        "支出增减等于基本支出增减加项目支出增减",
                        "说明的支出合计比上年增减应等于基本支出增减与项目支出增减之和。"),
                        c -> {
                            PriorYearChange p = c.disclosure().priorYearChange();
                            return Comparisons.sum(Figure.change(Term.EXPENDITURE_TOTAL, amountOf(p.total())),
                                    List.of(Figure.change(Term.BASIC, amountOf(p.basic())),
                                            Figure.change(Term.PROJECT, amountOf(p.project()))),
                                    c.tolerance(), Blanks.STRICT);
                        }),
                Rule.of(new RuleDescription("CHG-PRIOR-DISCLOSURE", Severity.ERROR,
                        List.of(Section.PRIOR_YEAR_CHANGE, Section.THREE_PUBLIC),
                        "说明的比上年增减与上年公开说明一致",
                        "本年说明的比上年增减（支出合计、基本支出、项目支出、“三公”经费及其各项）"
                                + "应等于本年数减去上年公开说明中的同一数字。需要上年公开说明。"),
                        ChangeRules::againstPriorDisclosure));
    }

    /** A figure with its stated change, taken from a disclosure. */
    private record Tracked(Term term, Section section, Function<Disclosure, Money> figure,
                           Function<Disclosure, StatedChange> change) {
    }

    private static final List<Tracked> TRACKED = List.of(
            new Tracked(Term.EXPENDITURE_TOTAL, Section.PRIOR_YEAR_CHANGE,
                    d -> d.expenditure().total(), d -> d.priorYearChange().total()),
            new Tracked(Term.BASIC, Section.PRIOR_YEAR_CHANGE,
                    d -> d.expenditure().basic(), d -> d.priorYearChange().basic()),
            new Tracked(Term.PROJECT, Section.PRIOR_YEAR_CHANGE,
                    d -> d.expenditure().project(), d -> d.priorYearChange().project()),
            new Tracked(Term.THREE_PUBLIC, Section.THREE_PUBLIC,
                    d -> d.threePublic().total(), d -> d.threePublic().change().total()),
            new Tracked(Term.OUTBOUND_TRAVEL, Section.THREE_PUBLIC,
                    d -> d.threePublic().outboundTravel(), d -> d.threePublic().change().outboundTravel()),
            new Tracked(Term.VEHICLES, Section.THREE_PUBLIC,
                    d -> d.threePublic().vehicles(), d -> d.threePublic().change().vehicles()),
            new Tracked(Term.VEHICLE_PURCHASE, Section.THREE_PUBLIC,
                    d -> d.threePublic().vehiclePurchase(), d -> d.threePublic().change().vehiclePurchase()),
            new Tracked(Term.VEHICLE_OPERATION, Section.THREE_PUBLIC,
                    d -> d.threePublic().vehicleOperation(), d -> d.threePublic().change().vehicleOperation()),
            new Tracked(Term.RECEPTION, Section.THREE_PUBLIC,
                    d -> d.threePublic().reception(), d -> d.threePublic().change().reception()));

    private static List<Verdict> againstPriorDisclosure(RuleContext c) {
        Disclosure current = c.disclosure();
        Disclosure prior = c.priorYear();
        if (prior == null) {
            return List.of(Verdict.missing(c.priorYearProblem() != null ? c.priorYearProblem() : "未提供上年公开说明"));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Tracked tracked : TRACKED) {
            Optional<ChangeComparison> comparison = ChangeComparison.of(
                    amountOf(tracked.change().apply(current)),
                    tracked.figure().apply(prior),
                    tracked.figure().apply(current));
            comparison.ifPresent(cmp -> verdicts.add(verdict(tracked, cmp, current.year(), prior.year(), c.tolerance())));
        }
        if (verdicts.isEmpty()) {
            return List.of(Verdict.missing("本年说明的比上年增减与上年公开说明没有可比较的数字"));
        }
        return verdicts;
    }

    private static Verdict verdict(Tracked tracked, ChangeComparison cmp, int year, int priorYear, Money tolerance) {
        if (cmp.agrees(tolerance)) {
            return Verdict.PASS;
        }
        String message = tracked.term().changeLabel() + Figure.signedWan(cmp.stated())
                + " ≠ 实际增减" + Figure.signedWan(cmp.actual())
                + "（" + year + "年" + cmp.current().toWanString()
                + " − " + priorYear + "年公开说明" + cmp.prior().toWanString() + "）"
                + "，相差" + cmp.discrepancy().abs().toWanString();
        return new Verdict.Fail(message, tracked.section());
    }
}
