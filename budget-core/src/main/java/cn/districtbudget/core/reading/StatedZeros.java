package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.reading.Lexicon.Family;
import cn.districtbudget.core.reading.Lexicon.Role;
import cn.districtbudget.core.reading.Lexicon.Term;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Zeros a sentence states in words, for {@link ConceptReader}: 无“三公”经费, 无公务用车购置费支出, 无政府性基金预算拨款收入
 * (and, with 与上年一致 after it, no change either). A final account's sentence about its 预算 gives only the budgeted zero.
 */
final class StatedZeros {

    private final DisclosureKind kind;
    private final FigureSink sink;

    StatedZeros(DisclosureKind kind, FigureSink sink) {
        this.kind = kind;
        this.sink = sink;
    }

    /** The sentence whose terms {@link #hits} holds: found once for all the readers below. */
    private String hitsOf;
    private List<ConceptReader.Hit> hits;

    private List<ConceptReader.Hit> hits(String sentence) {
        if (!sentence.equals(hitsOf)) {
            hits = ConceptReader.hits(sentence);
            hitsOf = sentence;
        }
        return hits;
    }

    /** Every zero the sentence states in words. */
    void read(String sentence, int line) {
        noFund(sentence, line);
        noneOfItem(sentence, line);
        noneOfSource(sentence, line);
        itemNotBudgeted(sentence, line);
    }

    /** After a “三公” item in a budget: 2015年未安排预算 / 未安排 / 无预算 — the item's budget is stated as none. */
    private static final Pattern NOT_BUDGETED_AFTER = Pattern.compile(
            "^\\s*(?:(?:19|20)\\d{2}\\s*年(?:度)?)?\\s*(?:未安排|没有安排|无)(?:预算)?(?:资金)?\\s*(?:[，,。；;]|$)");

    private void itemNotBudgeted(String sentence, int line) {
        if (kind != DisclosureKind.BUDGET || !sentence.contains("未安排") && !sentence.contains("没有安排")
                && !sentence.contains("无")) {
            return;
        }
        for (ConceptReader.Hit hit : hits(sentence)) {
            Term term = hit.term();
            if (term.role() != Role.CONCEPT || term.family() != Family.THREE_PUBLIC || term.generic()
                    || !Lexicon.isThreePublicItem(term.concept())) {
                continue;
            }
            Matcher tail = NOT_BUDGETED_AFTER.matcher(sentence).region(hit.end(), sentence.length());
            if (tail.lookingAt()) {
                String words = SourceText.strip(sentence.substring(hit.start(), tail.end()).replaceAll("[，,。；;]$", ""));
                sink.add(term.concept(), false, BigDecimal.ZERO, null, null, line, words, Role.CONCEPT);
            }
        }
    }

    /** The revenue sources a final account lists, stated as none (2.无上级补助收入。 / 无上年结转和结余。). */
    private static final java.util.Set<Concept> SOURCES = java.util.EnumSet.of(Concept.REVENUE_SUPERIOR_SUBSIDY,
            Concept.REVENUE_BUSINESS, Concept.REVENUE_OPERATING, Concept.REVENUE_SUBORDINATE_REMITTANCE, Concept.REVENUE_OTHER,
            Concept.REVENUE_CARRIED_FORWARD);
    /** 无 / 没有 right before a word a revenue source's name can start with (上级…, 事业…, 经营…, 附属…, 其他…, 上年 / 年初结转). */
    private static final QuickFind NONE_BEFORE_SOURCE = QuickFind.of("(?:无|没有)(?=[上事经附其年])", "无没");
    /** What may follow a source stated as none: the clause's end. */
    private static final Pattern SOURCE_TAIL = Pattern.compile("^\\s*(?:[，,。；;]|$)");

    private void noneOfSource(String sentence, int line) {
        if (!NONE_BEFORE_SOURCE.foundIn(sentence)) {
            return;
        }
        for (ConceptReader.Hit hit : hits(sentence)) {
            Term term = hit.term();
            int start = hit.start();
            if (term.role() != Role.CONCEPT || !SOURCES.contains(term.concept())
                    || !SOURCE_TAIL.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
                continue;
            }
            int from = start >= 1 && sentence.charAt(start - 1) == '无' ? start - 1
                    : start >= 2 && sentence.startsWith("没有", start - 2) ? start - 2 : -1;
            // 无事业收入 opening its clause (本年无事业收入, 2.无其他收入), not 增无 / 并无… inside other words
            if (from < 0 || from > 0 && SourceText.isBasicHan(sentence.charAt(from - 1))
                    && !sentence.startsWith("本年", from - 2) && !sentence.startsWith("本单位", from - 3)) {
                continue;
            }
            sink.add(term.concept(), false, BigDecimal.ZERO, null, null, line,
                    sentence.substring(from, hit.end()), Role.CONCEPT);
        }
    }

    /** 无 / 没有 / 未发生 right before a word a “三公” item's name can start with (因公出国…, 公务…, 出国…, 车辆…). */
    private static final QuickFind NONE_BEFORE_ITEM = QuickFind.of("(?:无|没有|未发生)(?=[因公出车])", "无没未");
    /** What may follow a “三公” item's name in 无…支出 / 没有…费: its spending, then the clause's end. */
    private static final Pattern NONE_TAIL = Pattern.compile("^(?:费用|经费|费)?(?:支出|开支)?(?:预算|决算)?(?:安排)?(?:[，,。；;、)）]|$)");

    /** 我单位无“三公”经费的预算与支出 / 无“三公”经费支出: no “三公” money at all. */
    private static final QuickFind NO_THREE_PUBLIC = QuickFind.of(
            "(?<![尚还])(?:无|没有)[“\"”]?三公[”\"“]?(?:经费)?(?:的)?(?:(?<both>预算(?:与|和|及)(?:支出|决算))|(?<budget>预算)|支出|开支|决算)?(?:安排)?"
                    + "(?=\\s*(?:[，,。；;]|$))", "无没");

    private void noThreePublic(String sentence, int line) {
        QuickFind.Finder m = NO_THREE_PUBLIC.in(sentence);
        if (!m.find()) {
            return;
        }
        boolean finalAccount = kind == DisclosureKind.FINAL_ACCOUNTS;
        if (!finalAccount || m.group("budget") == null) {
            sink.add(Concept.THREE_PUBLIC_TOTAL, false, BigDecimal.ZERO, "万元", null, line, m.group(), Role.CONCEPT);
        }
        if (finalAccount && (m.group("both") != null || m.group("budget") != null)) {
            sink.add(Concept.THREE_PUBLIC_BUDGETED_TOTAL, false, BigDecimal.ZERO, "万元", null, line, m.group(), Role.CONCEPT);
        }
    }

    /**
     * 本部门本年度无公务用车购置及运行维护费用支出 / 县文联无公务用车,所以没有公务用车运行维护费 / 无因公出国(境)支出: a “三公”
     * item's spending stated as none is a zero amount (not in a final account's sentence about its 预算).
     */
    private void noneOfItem(String sentence, int line) {
        noThreePublic(sentence, line);
        if (!NONE_BEFORE_ITEM.foundIn(sentence) || kind == DisclosureKind.FINAL_ACCOUNTS && sentence.contains("预算")) {
            return;
        }
        for (ConceptReader.Hit hit : hits(sentence)) {
            Term term = hit.term();
            if (term.role() != Role.CONCEPT || term.family() != Family.THREE_PUBLIC || term.generic()) {
                continue;
            }
            int start = hit.start();
            boolean none = start >= 1 && sentence.charAt(start - 1) == '无' && (start < 2 || sentence.charAt(start - 2) != '增')
                    || start >= 2 && sentence.startsWith("没有", start - 2) || start >= 3 && sentence.startsWith("未发生", start - 3);
            if (!none || !NONE_TAIL.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
                continue;
            }
            int from = sentence.charAt(start - 1) == '无' ? start - 1 : sentence.startsWith("没有", start - 2) ? start - 2 : start - 3;
            if (from > 0 && (sentence.charAt(from - 1) == '尚' || sentence.charAt(from - 1) == '还')) {
                continue; // 国办的部门预算尚没有“三公”支出: not yet stated, no zero
            }
            Matcher tail = NONE_TAIL.matcher(sentence).region(hit.end(), sentence.length());
            tail.lookingAt();
            String words = SourceText.strip(sentence.substring(from, tail.end()).replaceAll("[，,。；;、)）]$", ""));
            sink.add(term.concept(), false, BigDecimal.ZERO, null, null, line, words, Role.CONCEPT);
        }
    }

    /** 本年没有使用政府性基金预算拨款安排的收入支出（，与上年一致）: the fund's revenue and/or expenditure are stated zero. */
    private static final QuickFind NO_FUND = QuickFind.of(
            "(?:无|没有|未)(?:使用)?(?<fund>政府性基金|国有资本经营)预算(?:财政)?"
                    + "(?:(?:拨款)?(?:安排)?(?:[、和及与](?<second>政府性基金|国有资本经营)预算(?:财政)?(?:拨款)?(?:安排)?)?的?"
                    + "(?<what>收入支出|收入和支出|收支|收入|支出)|(?<grant>拨款)?(?=\\s*(?:[。，,；;]|$)))", "无没未");
    private static final Pattern SAME_AFTER = Pattern.compile(
            "^[，,]\\s*(?:与上年(?:度)?(?:保持)?(?:一致|持平|相同)|较上年(?:无变化|持平|无增减))");

    private void noFund(String sentence, int line) {
        QuickFind.Finder m = NO_FUND.in(sentence);
        while (m.find()) {
            noFund(m, sentence, line);
        }
    }

    /** One statement of no fund's money ({@link #NO_FUND}). */
    private void noFund(QuickFind.Finder m, String sentence, int line) {
        // 没有政府性基金预算拨款、国有资本经营预算安排的收入: both funds
        List<Boolean> funds = new ArrayList<>();
        funds.add(m.group("fund").equals("政府性基金"));
        if (m.group("second") != null && !m.group("second").equals(m.group("fund"))) {
            funds.add(m.group("second").equals("政府性基金"));
        }
        // 无政府性基金预算拨款。: no such revenue; 本单位2022年无政府性基金预算。: no such budget, revenue nor expenditure
        String what = m.group("what") != null ? m.group("what") : m.group("grant") != null ? "收入" : "收支";
        boolean same = SAME_AFTER.matcher(sentence.substring(m.end())).lookingAt();
        List<Concept> concepts = new ArrayList<>();
        for (boolean government : funds) {
            if (what.contains("收")) {
                concepts.add(government ? Concept.REVENUE_GOVERNMENT_FUND : Concept.REVENUE_STATE_CAPITAL);
            }
            if (what.contains("支")) {
                concepts.add(government ? Concept.GOVERNMENT_FUND_EXPENDITURE_TOTAL : Concept.STATE_CAPITAL_EXPENDITURE_TOTAL);
            }
        }
        String words = m.group();
        for (Concept concept : concepts) {
            sink.add(concept, false, BigDecimal.ZERO, "万元", null, line, words, Role.CONCEPT);
            if (same) {
                sink.add(concept, true, BigDecimal.ZERO, null, null, line, words, Role.CONCEPT);
            }
        }
    }
}
