package cn.districtbudget.core.check;

import static cn.districtbudget.core.check.Figure.amount;

import cn.districtbudget.core.check.Comparisons.Blanks;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;
import java.util.stream.Collectors;

/** Rules on the fixed-asset table (固定资产占用情况). Blank category cells are routine; stated ones must add up. */
final class AssetRules {

    private AssetRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.single(new RuleDescription("AST-COUNT-SUM", Severity.ERROR, List.of(Section.FIXED_ASSETS),
                        "固定资产各类数量之和等于资产总额数量",
                        "已填数量的各类固定资产数量之和应等于资产总额的数量（房屋按面积计，不计入数量）。"),
                        AssetRules::countsAddUp),
                Rule.single(new RuleDescription("AST-VALUE-SUM", Severity.ERROR, List.of(Section.FIXED_ASSETS),
                        "固定资产各类价值之和等于资产总额价值",
                        "已填价值的各类固定资产价值之和应等于资产总额的价值。"),
                        c -> {
                            FixedAssets a = c.disclosure().fixedAssets();
                            return Comparisons.sum(amount(Term.ASSET_VALUE, a.totalValue()),
                                    a.categories().stream().map(cat -> amount(cat.name(), cat.value())).toList(),
                                    c.tolerance(), Blanks.NON_NEGATIVE);
                        }));
    }

    private static Verdict countsAddUp(RuleContext c) {
        FixedAssets assets = c.disclosure().fixedAssets();
        if (assets.totalCount() == null) {
            return Verdict.missing("未列明" + Term.ASSET_COUNT.label());
        }
        List<FixedAssets.Category> stated = assets.categories().stream().filter(cat -> cat.count() != null).toList();
        if (stated.isEmpty()) {
            return Verdict.missing("未列明各类固定资产数量");
        }
        int sum = stated.stream().mapToInt(FixedAssets.Category::count).sum();
        if (sum == assets.totalCount()) {
            return Verdict.PASS;
        }
        String equation = Term.ASSET_COUNT.label() + assets.totalCount() + " ≠ "
                + stated.stream().map(cat -> cat.name() + cat.count()).collect(Collectors.joining(" + "))
                + " = " + sum + "，相差" + Math.abs(sum - assets.totalCount());
        boolean someBlank = stated.size() < assets.categories().size();
        if (!someBlank || sum > assets.totalCount()) {
            return Verdict.fail(equation);
        }
        return Verdict.missing("已填数量的类别不等于合计（" + equation + "），未填数量的类别可能构成差额");
    }
}
