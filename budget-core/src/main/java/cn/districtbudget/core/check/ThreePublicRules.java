package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;
import static cn.districtbudget.core.check.Figure.change;
import static cn.districtbudget.core.disclosure.StatedChange.amountOf;

import cn.districtbudget.core.check.Comparisons.Blanks;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import java.util.ArrayList;
import java.util.List;

/** Rules on the three official expenses (“三公”经费). */
final class ThreePublicRules {

    private static final String ONLY_DOWN = "，不符合“三公”经费只减不增要求";

    private ThreePublicRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("TPE-TOTAL-SUM", Severity.ERROR, List.of(Section.THREE_PUBLIC),
                        "“三公”经费等于三项之和",
                        "“三公”经费应等于因公出国（境）费、公务用车购置及运行维护费与公务接待费之和。"),
                        c -> {
                            ThreePublic t = c.disclosure().threePublic();
                            return Comparisons.sum(amount(Term.THREE_PUBLIC, t.total()), List.of(
                                    amount(Term.OUTBOUND_TRAVEL, t.outboundTravel()),
                                    amount(Term.VEHICLES, t.vehicles()),
                                    amount(Term.RECEPTION, t.reception())), c.tolerance(), Blanks.STRICT);
                        }),
                Rule.single(new RuleDescription("TPE-VEHICLES-SUM", Severity.ERROR, List.of(Section.THREE_PUBLIC),
                        "公务用车费用等于购置费加运行维护费",
                        "公务用车购置及运行维护费应等于公务用车购置费与公务用车运行维护费之和。"),
                        c -> {
                            ThreePublic t = c.disclosure().threePublic();
                            return Comparisons.sum(amount(Term.VEHICLES, t.vehicles()), List.of(
                                    amount(Term.VEHICLE_PURCHASE, t.vehiclePurchase()),
                                    amount(Term.VEHICLE_OPERATION, t.vehicleOperation())),
                                    c.tolerance(), Blanks.STRICT);
                        }),
                Rule.of(new RuleDescription("TPE-CHANGE-SUM", Severity.ERROR, List.of(Section.THREE_PUBLIC),
                        "“三公”经费各项增减之和等于总增减",
                        "说明的各项比上年增减之和应等于“三公”经费比上年增减；未说明增减的项目须由已说明的项目"
                                + "构成总增减，否则数据不足。公务用车增减已说明时，还应等于购置费增减加运行维护费增减。"),
                        ThreePublicRules::changesAddUp),
                Rule.of(new RuleDescription("TPE-RISE", Severity.WARNING, List.of(Section.THREE_PUBLIC),
                        "“三公”经费只减不增",
                        "“三公”经费及其任一项比上年增加时提示（只减不增政策）；有上年公开说明时也比较实际数。"),
                        ThreePublicRules::rises));
    }

    private static List<Verdict> changesAddUp(RuleContext c) {
        ThreePublic.Changes ch = c.disclosure().threePublic().change();
        List<Figure> items = new ArrayList<>();
        items.add(change(Term.OUTBOUND_TRAVEL, amountOf(ch.outboundTravel())));
        if (ch.vehicles() != null) {
            items.add(change(Term.VEHICLES, amountOf(ch.vehicles())));
        } else {
            items.add(change(Term.VEHICLE_PURCHASE, amountOf(ch.vehiclePurchase())));
            items.add(change(Term.VEHICLE_OPERATION, amountOf(ch.vehicleOperation())));
        }
        items.add(change(Term.RECEPTION, amountOf(ch.reception())));
        List<Verdict> verdicts = new ArrayList<>();
        verdicts.add(Comparisons.sum(change(Term.THREE_PUBLIC, amountOf(ch.total())), items, c.tolerance(),
                Blanks.SIGNED));
        if (ch.vehicles() != null) {
            verdicts.add(Comparisons.sum(change(Term.VEHICLES, amountOf(ch.vehicles())), List.of(
                    change(Term.VEHICLE_PURCHASE, amountOf(ch.vehiclePurchase())),
                    change(Term.VEHICLE_OPERATION, amountOf(ch.vehicleOperation()))), c.tolerance(), Blanks.STRICT));
        }
        return verdicts;
    }

    private static List<Verdict> rises(RuleContext c) {
        ThreePublic.Changes ch = c.disclosure().threePublic().change();
        List<Figure> stated = List.of(
                        change(Term.THREE_PUBLIC, amountOf(ch.total())),
                        change(Term.OUTBOUND_TRAVEL, amountOf(ch.outboundTravel())),
                        change(Term.VEHICLES, amountOf(ch.vehicles())),
                        change(Term.VEHICLE_PURCHASE, amountOf(ch.vehiclePurchase())),
                        change(Term.VEHICLE_OPERATION, amountOf(ch.vehicleOperation())),
                        change(Term.RECEPTION, amountOf(ch.reception())))
                .stream().filter(Figure::stated).toList();
        List<Verdict> verdicts = new ArrayList<>();
        for (Figure figure : stated) {
            verdicts.add(figure.amount().signum() > 0
                    ? Verdict.fail(figure.text() + ONLY_DOWN)
                    : Verdict.PASS);
        }
        Disclosure prior = c.priorYear();
        Money current = c.disclosure().threePublic().total();
        if (prior != null && prior.threePublic().total() != null && current != null) {
            Money before = prior.threePublic().total();
            Money rise = current.minus(before);
            verdicts.add(rise.compareTo(c.tolerance()) > 0
                    ? Verdict.fail(Term.THREE_PUBLIC.label() + c.disclosure().year() + "年" + current.toWanString()
                    + " > " + prior.year() + "年公开说明" + before.toWanString() + "，增加" + rise.toWanString()
                    + ONLY_DOWN)
                    : Verdict.PASS);
        }
        if (verdicts.isEmpty()) {
            return List.of(Verdict.missing("未说明“三公”经费比上年增减"));
        }
        return verdicts;
    }
}
