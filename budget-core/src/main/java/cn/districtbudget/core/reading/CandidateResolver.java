package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Evidence;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.finding.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of {@link ConceptReader}: from the figures a text's sentences and tables gave, the ones it states
 * unambiguously. A headline (预算总收入, 总支出…) becomes the year's figure or the grand total only by what the text says of
 * its carry-overs, sources or balance; a key stated twice with different values is reported and dropped, unless one is
 * the other's rounding in a headline.
 */
final class CandidateResolver {

    private final ReadingContext context;
    /** The figures whose concept is known, in text order. */
    private final List<StatedFigure> candidates;
    /** Revenue and expenditure headlines, placed here. */
    private final List<StatedFigure> headlines;

    CandidateResolver(ReadingContext context, List<StatedFigure> candidates, List<StatedFigure> headlines) {
        this.context = context;
        this.candidates = new ArrayList<>(candidates);
        this.headlines = headlines;
    }

    /**
     * 2022年收支总预算2903.70万元 … 收入预算2903.70万元: a budget's 收入预算 with the value of its grand total (收支总预算,
     * 收入总计: carry-overs included) is that grand total; whether the year's own revenue is the same is not said —
     * unless the carry-over is stated as zero.
     */
    private void relabelBudgetRevenueEqualToGrandTotal() {
        List<BigDecimal> grandTotals = new ArrayList<>();
        for (StatedFigure f : candidates) {
            if (f.concept() == Concept.REVENUE_CARRIED_FORWARD && !f.change() && f.value().signum() == 0) {
                return;
            }
            if (f.concept() == Concept.REVENUE_GRAND_TOTAL && !f.change()) {
                grandTotals.add(f.value());
            }
        }
        List<Evidence> relabelled = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            StatedFigure f = candidates.get(i);
            String words = f.evidence().words();
            if (f.concept() == Concept.REVENUE_TOTAL && !f.change() && (words.startsWith("收入预算") || words.startsWith("预算收入"))
                    && grandTotals.stream().anyMatch(v -> v.compareTo(f.value()) == 0) && !sourcesMake(f.value())) {
                candidates.set(i, new StatedFigure(Concept.REVENUE_GRAND_TOTAL, false, f.value(), f.unit(), f.explanation(),
                        f.evidence()));
                relabelled.add(f.evidence());
            }
        }
        // 预算收入6049.98万元比2020年减少558.32万元: the change stated right after it goes with it
        for (int i = 0; i < candidates.size(); i++) {
            StatedFigure f = candidates.get(i);
            boolean after = relabelled.stream().anyMatch(e -> e.line() == f.evidence().line()
                    && f.evidence().words().startsWith(e.words()));
            if (f.concept() == Concept.REVENUE_TOTAL && f.change() && after) {
                candidates.set(i, new StatedFigure(Concept.REVENUE_GRAND_TOTAL, true, f.value(), f.unit(), f.explanation(),
                        f.evidence()));
            }
        }
    }

    /** A news headline's rounded amount, its unit without 元 (三公经费预算7934万). */
    private static final Pattern ROUNDED_HEADLINE = Pattern.compile("\\d(万|亿)$");

    /**
     * Of two values of one key, the exact one when the other is its rounding or cut in a headline's words (三公经费预算7934万
     * and 年初预算数为7933.94万元; 三公经费预算850万 and 850.55万元: the same figure, not two); null otherwise.
     */
    private static StatedFigure exactOfRounded(List<StatedFigure> same) {
        StatedFigure rounded = null;
        StatedFigure exact = null;
        for (StatedFigure f : same) {
            Matcher headline = ROUNDED_HEADLINE.matcher(f.evidence().words());
            if (headline.find() && rounded == null) {
                rounded = f;
            } else if (exact == null || exact.value().compareTo(f.value()) == 0) {
                exact = f;
            } else {
                return null;
            }
        }
        if (rounded == null || exact == null) {
            return null;
        }
        Matcher headline = ROUNDED_HEADLINE.matcher(rounded.evidence().words());
        headline.find();
        BigDecimal unit = headline.group(1).equals("万") ? BigDecimal.valueOf(10_000) : BigDecimal.valueOf(100_000_000);
        BigDecimal printed = rounded.value().divide(unit);
        int scale = Math.max(0, printed.stripTrailingZeros().scale());
        BigDecimal inUnit = exact.value().divide(unit);
        // 7933.94万元 headlined 7934万 (rounded) or 850.55万元 headlined 850万 (cut)
        boolean agrees = inUnit.setScale(scale, java.math.RoundingMode.HALF_UP).compareTo(printed) == 0
                || inUnit.setScale(scale, java.math.RoundingMode.DOWN).compareTo(printed) == 0;
        return agrees ? exact : null;
    }

    /**
     * 共收入 / 部门收入: words that say nothing of carry-overs either way — the year's revenue only when its sources make
     * it, never the grand total because a carry-over is stated somewhere.
     */
    private static final Pattern LOOSE_HEADLINE = Pattern.compile("^(?:共收入|部门收入|" + Lexicon.LOOSE_SUBJECT + "收入(?![预决总合]))");

    /** The year's own sources of revenue, apart from the fiscal appropriations. */
    private static final List<Concept> OTHER_SOURCES = List.of(Concept.REVENUE_SPECIAL_ACCOUNT, Concept.REVENUE_BUSINESS,
            Concept.REVENUE_OPERATING, Concept.REVENUE_SUPERIOR_SUBSIDY, Concept.REVENUE_SUBORDINATE_REMITTANCE,
            Concept.REVENUE_OTHER);
    private static final List<Concept> FUNDS = List.of(Concept.REVENUE_GENERAL_PUBLIC_BUDGET, Concept.REVENUE_GOVERNMENT_FUND,
            Concept.REVENUE_STATE_CAPITAL);

    /**
     * 预算总收入729.95万元，其中财政拨款收入729.95万元: the revenue headline (one value) is exactly the sum of the year's own
     * sources the text states — the 财政拨款收入 or its funds, and the other sources — so no carry-over is inside it.
     */
    private boolean revenueHeadlineIsItsParts() {
        BigDecimal headline = null;
        for (StatedFigure h : headlines) {
            if (h.concept() == Concept.REVENUE_TOTAL && !h.change()) {
                if (headline != null && headline.compareTo(h.value()) != 0) {
                    return false;
                }
                headline = h.value();
            }
        }
        return headline != null && sourcesMake(headline);
    }

    /** The parts of the year's expenditure besides 基本支出 and 项目支出 (0 when not stated). */
    private static final List<Concept> OTHER_SPENDING = List.of(Concept.EXPENDITURE_REMIT_TO_SUPERIOR,
            Concept.EXPENDITURE_OPERATING, Concept.EXPENDITURE_SUBSIDY_TO_SUBORDINATE);

    /**
     * 总支出7778.55万元 … 基本支出7095.35万元 … 项目支出683.20万元: the expenditure headline (one value) is exactly its basic
     * and project spending (and the other parts stated), so it is the year's expenditure, no carry-over inside.
     */
    private boolean expenditureHeadlineIsItsParts() {
        BigDecimal headline = null;
        for (StatedFigure h : headlines) {
            if (h.concept() == Concept.EXPENDITURE_TOTAL && !h.change()) {
                if (headline != null && headline.compareTo(h.value()) != 0) {
                    return false;
                }
                headline = h.value();
            }
        }
        BigDecimal basic = firstLevel(candidates, Concept.EXPENDITURE_BASIC);
        BigDecimal project = firstLevel(candidates, Concept.EXPENDITURE_PROJECT);
        return headline != null && headline.signum() > 0 && basic != null && project != null
                && basic.add(project).add(sumOf(candidates, OTHER_SPENDING, true)).compareTo(headline) == 0;
    }

    /** The year's own sources the text states (the 财政拨款收入 or its funds, and the others) add up to {@code total}. */
    private boolean sourcesMake(BigDecimal total) {
        return sourcesMake(candidates, total);
    }

    /**
     * The year's own sources among {@code figures} (the 财政拨款收入 or its funds, and the others; the first amount of each)
     * add up exactly to {@code total}: no carry-over is inside it.
     */
    static boolean sourcesMake(List<StatedFigure> figures, BigDecimal total) {
        if (total.signum() <= 0) {
            return false;
        }
        BigDecimal others = sumOf(figures, OTHER_SOURCES, true);
        BigDecimal fiscal = firstLevel(figures, Concept.REVENUE_FISCAL_APPROPRIATION);
        BigDecimal funds = sumOf(figures, FUNDS, false);
        return fiscal != null && fiscal.add(others).compareTo(total) == 0
                || funds != null && funds.add(others).compareTo(total) == 0;
    }

    /** The sum of the first stated amount of each concept; {@code zeroIfNone}: 0 when none is stated, else null. */
    private static BigDecimal sumOf(List<StatedFigure> figures, List<Concept> concepts, boolean zeroIfNone) {
        BigDecimal sum = null;
        for (Concept concept : concepts) {
            BigDecimal value = firstLevel(figures, concept);
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum == null && zeroIfNone ? BigDecimal.ZERO : sum;
    }

    private static BigDecimal firstLevel(List<StatedFigure> figures, Concept concept) {
        for (StatedFigure f : figures) {
            if (f.concept() == concept && !f.change()) {
                return f.value();
            }
        }
        return null;
    }

    /** Headlines placed by carry-over; a key stated with different values is reported and dropped. */
    List<StatedFigure> resolve() {
        StatedFigure carried = null;
        for (StatedFigure figure : candidates) {
            if (figure.concept() == Concept.REVENUE_CARRIED_FORWARD && !figure.change()) {
                carried = figure;
            }
        }
        boolean partsMakeIt = carried == null && revenueHeadlineIsItsParts();
        boolean carriedZero = carried != null && candidates.stream().noneMatch(f -> f.concept() == Concept.REVENUE_CARRIED_FORWARD
                && !f.change() && f.value().signum() != 0);
        for (StatedFigure headline : headlines) {
            if (headline.concept() != Concept.REVENUE_TOTAL) {
                continue;
            }
            boolean namedGrand = headline.evidence().words().startsWith("收入预算总计");
            if (namedGrand) {
                // 2011年收入预算总计36145.49万元: 总计 names the grand total; the year's revenue too only as below
                candidates.add(new StatedFigure(Concept.REVENUE_GRAND_TOTAL, headline.change(), headline.value(),
                        headline.unit(), headline.explanation(), headline.evidence()));
            }
            if (carriedZero && !headline.change() && !LOOSE_HEADLINE.matcher(headline.evidence().words()).lookingAt()) {
                // 上年结转0万元: the headline is the grand total and, at the same value, the year's revenue; its change
                // stays the grand total's (last year's carry-over is not known to have been 0)
                candidates.add(headline);
            }
            if (partsMakeIt) {
                candidates.add(headline); // its sources add up to it: nothing carried over is inside
                continue;
            }
            if (namedGrand) {
                continue;
            }
            if (carried == null || LOOSE_HEADLINE.matcher(headline.evidence().words()).lookingAt()) {
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.REVENUE, "“" + headline.evidence().words()
                        + (carried == null ? "”：文本未写明上年结转" : "”：未写明是否含上年结转")
                        + "，不能确定是本年收入还是收入总计，未读取", headline.evidence().line());
                continue;
            }
            candidates.add(new StatedFigure(Concept.REVENUE_GRAND_TOTAL, headline.change(), headline.value(),
                    headline.unit(), headline.explanation(), headline.evidence()));
        }
        // 总支出 of a final account: 支出总计 when it balances the revenue's grand total (收入总计 = 支出总计)
        boolean balances = false;
        for (StatedFigure headline : headlines) {
            for (StatedFigure f : candidates) {
                balances |= headline.concept() == Concept.EXPENDITURE_TOTAL && !headline.change()
                        && f.concept() == Concept.REVENUE_GRAND_TOTAL && !f.change() && f.value().compareTo(headline.value()) == 0;
            }
        }
        boolean expenditurePartsMakeIt = !balances && expenditureHeadlineIsItsParts();
        for (StatedFigure headline : headlines) {
            if (headline.concept() != Concept.EXPENDITURE_TOTAL) {
                continue;
            }
            if (expenditurePartsMakeIt) {
                candidates.add(headline); // 总支出7778.55万元 = 基本支出7095.35 + 项目支出683.20: nothing carried over inside
                continue;
            }
            if (!balances) {
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.EXPENDITURE, "“" + headline.evidence().words()
                        + "”：与收入总计不相等，不能确定是本年支出合计还是支出总计，未读取", headline.evidence().line());
                continue;
            }
            candidates.add(new StatedFigure(Concept.EXPENDITURE_GRAND_TOTAL, headline.change(), headline.value(),
                    headline.unit(), headline.explanation(), headline.evidence()));
        }
        relabelBudgetRevenueEqualToGrandTotal();
        Map<String, List<StatedFigure>> byKey = new LinkedHashMap<>();
        for (StatedFigure figure : candidates) {
            byKey.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
        }
        List<StatedFigure> figures = new ArrayList<>();
        for (List<StatedFigure> same : byKey.values()) {
            StatedFigure first = same.get(0);
            boolean agree = same.stream().allMatch(f -> f.value().compareTo(first.value()) == 0);
            StatedFigure exact = agree ? first : exactOfRounded(same);
            if (exact != null) {
                figures.add(exact);
            } else {
                StringBuilder stated = new StringBuilder();
                for (StatedFigure f : same) {
                    stated.append(stated.length() == 0 ? "" : "；").append("第").append(f.evidence().line())
                            .append("行“").append(f.evidence().words()).append("”");
                }
                context.reportUnplaced(ReadingRule.FIGURE_AMBIGUOUS, Section.DOCUMENT,
                        first.concept().label() + (first.change() ? "比上年增减" : "") + "出现不同数值：" + stated
                                + "，未读取", first.evidence().line());
            }
        }
        figures.sort(Comparator.comparingInt((StatedFigure f) -> f.evidence().line()));
        return figures;
    }
}
