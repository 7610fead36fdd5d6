package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.reading.ConceptReader.Area;
import cn.districtbudget.core.reading.Lexicon.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counts a sentence states, for {@link ConceptReader}: groups and persons travelling abroad (团组 / 人次), reception
 * batches and persons (批次 / 人次), vehicles bought and held (辆), stated zeros (无因公出国团组); receptions of foreign
 * guests and numbers compared with the year before are not counts.
 */
final class CountReader {

    private final Supplier<Area> area;
    private final FigureSink sink;

    CountReader(Supplier<Area> area, FigureSink sink) {
        this.area = area;
        this.sink = sink;
    }

    /** The clauses of a sentence: the runs of text between ；, ; and 。, none empty. */
    private static List<String> clauses(String sentence) {
        List<String> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= sentence.length(); i++) {
            if (i == sentence.length() || "；;。".indexOf(sentence.charAt(i)) >= 0) {
                if (i > start) {
                    clauses.add(sentence.substring(start, i));
                }
                start = i + 1;
            }
        }
        return clauses;
    }
    private static final QuickFind GROUPS = QuickFind.of(
            "团组(?:数)?(?:共|为|是|计|数量|累计|共计)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*(?:个|次)|(?<n2>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*个(?:因公)?(?:出国)?(?:[（(]境[）)])?(?:团组|团)", "团" + QuickFind.DIGITS);
    private static final QuickFind PERSONS = QuickFind.of("(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*(?<u>人次|人)(?![员民数])", QuickFind.DIGITS);
    private static final QuickFind BATCHES = QuickFind.of("(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*(?<u>批次|批)", QuickFind.DIGITS);
    private static final QuickFind BATCHES_NAMED = QuickFind.of(
            "批次(?:数)?(?:为|是|共|计|累计|共计)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*(?<u>个|次|批)", "批");
    private static final QuickFind PURCHASED = QuickFind.of(
            "(?:购置|购买|更新)(?:公务用?车|车辆|公车)?(?:数量?)?(?:共|为|是|计)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*辆", "购更");
    private static final QuickFind NONE_PURCHASED = QuickFind.of(
            "(?:无|没有|未)(?:新)?(?:购置|购买|新购|购)(?:新)?(?:公务用?车|车辆|公车)(?![\\d费经支运])", "无没未");
    private static final QuickFind HELD = QuickFind.of(
            "保有(?:量)?(?:共|为|是|计|数)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*辆", "保");
    private static final QuickFind OWNED_OFFICIAL_CARS = QuickFind.of(
            "(?:共有|现有|拥有)公务用车(?:共|为|是|计)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*辆", "共现拥");
    private static final QuickFind ASSET_VEHICLES = QuickFind.of(
            "(?:共有|拥有|占有|有)车辆(?:共|为|是|计)?\\s*(?<n>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*辆|车辆(?:(?:总数|数量)(?:共|为|是|计|达)?|共|为|是|计)\\s*(?<n2>\\d{1,3}(?:,\\d{3})+|\\d{1,9})\\s*辆", "共拥占有车");
    /** 公务用车购置数及保有量分别为1辆和130辆: both counts in one clause. */
    private static final Pattern PURCHASED_AND_HELD = Pattern.compile(
            "购置(?:数|数量)?(?:及|和|、)(?:公务用车)?保有(?:量|数)?(?:分别)?(?:为|是)\\s*(?<p>\\d{1,6})\\s*辆\\s*(?:和|、|及|[，,])\\s*(?<h>\\d{1,6})\\s*辆");
    /** 无因公出国（境）人数 / 无因公出国人员 / 没有因公出国团组: a stated zero count. */
    private static final QuickFind NONE_OUTBOUND = QuickFind.of(
            "(?<![增减])(?:无|没有|未发生|未安排)因公出国(?:[（(]境[）)])?(?:的)?(?<what>人员|人数|人次|团组|团)(?<both>(?:及|和|、)(?:人次|人数))?", "无没未");
    /** Receptions of foreign guests (国（境）外公务接待, 外宾接待), counted apart from the domestic ones. */
    private static final QuickFind FOREIGN_RECEPTION = QuickFind.of(
            "(?:国[（(]境[）)]外|境外|国外|外宾|外事)(?:公务)?接待", "国境外");
    private static final QuickFind NOT_A_COUNT_BEFORE = QuickFind.of("(?:增加|减少|比|较|上年|同比|外事|外宾|下降|增长)[^，,]{0,6}$", "增减比较上同外下");

    private static final Pattern COMMA = Pattern.compile("[，,]");

    /** True when a sentence names something {@link #counts} counts: travel abroad, receptions, vehicles. */
    private static boolean mentionsCounted(String sentence) {
        return sentence.contains("出国") || sentence.contains("接待") || sentence.contains("辆")
                || sentence.contains("购") || sentence.contains("保有");
    }

    /** Counts: 团组 / 人次 of travel abroad, 批次 / 人次 of reception, vehicles bought and held. */
    /** The sentence before was about 公务接待 (its counts may follow alone: 共376批次、3314人次。). */
    private boolean receptionBefore;
    /** A clause that is only reception counts: 共376批次、3314人次. */
    private static final Pattern RECEPTION_COUNTS_ONLY = Pattern.compile(
            "^\\s*(?:共|合计|共计)?(?:接待)?\\s*\\d{1,9}\\s*批次?\\s*[、，,和]\\s*\\d{1,9}\\s*人次?\\s*$");

    void counts(String sentence, int line) {
        boolean before = receptionBefore;
        receptionBefore = sentence.contains("公务接待");
        if (!mentionsCounted(sentence) && !before) {
            return;
        }
        for (String clause : clauses(sentence)) {
            if (clause.contains("出国") && clause.contains("团组")) {
                count(clause, GROUPS, Concept.THREE_PUBLIC_OUTBOUND_GROUPS, line, "个");
                count(clause, PERSONS, Concept.THREE_PUBLIC_OUTBOUND_PERSONS, line, null);
            } else if (FOREIGN_RECEPTION.foundIn(clause) && !clause.contains("国内")) {
                // 国（境）外公务接待批次23个: receptions of foreign guests are not the domestic counts
            } else if (clause.contains("公务接待") || clause.contains("国内接待")
                    || clause.contains("接待") && area.get() == Area.THREE_PUBLIC
                    || before && area.get() == Area.THREE_PUBLIC && RECEPTION_COUNTS_ONLY.matcher(clause).lookingAt()) {
                if (BATCHES_NAMED.foundIn(clause)) {
                    count(clause, BATCHES_NAMED, Concept.THREE_PUBLIC_RECEPTION_BATCHES, line, null);
                    count(clause, PERSONS, Concept.THREE_PUBLIC_RECEPTION_PERSONS, line, null);
                } else if (BATCHES.foundIn(clause)) {
                    count(clause, BATCHES, Concept.THREE_PUBLIC_RECEPTION_BATCHES, line, null);
                    count(clause, PERSONS, Concept.THREE_PUBLIC_RECEPTION_PERSONS, line, null);
                }
            }
            if (clause.contains("辆") && (area.get() == Area.ASSETS || clause.contains("资产"))) {
                count(clause, ASSET_VEHICLES, Concept.ASSETS_VEHICLES, line, "辆");
            }
            if (clause.contains("辆")) {
                for (String part : COMMA.split(clause)) {
                    if (part.contains("辆") && !part.contains("保有")) {
                        count(part, PURCHASED, Concept.THREE_PUBLIC_VEHICLES_PURCHASED, line, "辆");
                    }
                }
            }
            if (clause.contains("购")) {
                for (String part : COMMA.split(clause)) {
                    QuickFind.Finder none = NONE_PURCHASED.in(part);
                    if (none.find()) {
                        sink.add(Concept.THREE_PUBLIC_VEHICLES_PURCHASED, false, BigDecimal.ZERO, "辆", null, line, none.group(),
                                Role.CONCEPT);
                    }
                }
                Matcher pair = PURCHASED_AND_HELD.matcher(clause);
                if (pair.find()) {
                    sink.add(Concept.THREE_PUBLIC_VEHICLES_PURCHASED, false, new BigDecimal(pair.group("p")), "辆", null, line,
                            pair.group(), Role.CONCEPT);
                    sink.add(Concept.THREE_PUBLIC_VEHICLES_HELD, false, new BigDecimal(pair.group("h")), "辆", null, line,
                            pair.group(), Role.CONCEPT);
                }
            }
            if (clause.contains("保有")) {
                count(clause, HELD, Concept.THREE_PUBLIC_VEHICLES_HELD, line, "辆");
            } else if (area.get() == Area.THREE_PUBLIC && clause.contains("公务用车")) {
                // 单位共有公务用车40辆, in the “三公” section: the vehicles held
                count(clause, OWNED_OFFICIAL_CARS, Concept.THREE_PUBLIC_VEHICLES_HELD, line, "辆");
            }
            if (clause.contains("出国")) {
                QuickFind.Finder none = NONE_OUTBOUND.in(clause);
                if (none.find()) {
                    Concept concept = none.group("what").startsWith("团") ? Concept.THREE_PUBLIC_OUTBOUND_GROUPS
                            : Concept.THREE_PUBLIC_OUTBOUND_PERSONS;
                    sink.add(concept, false, BigDecimal.ZERO, concept == Concept.THREE_PUBLIC_OUTBOUND_GROUPS ? "个" : "人次",
                            null, line, none.group(), Role.CONCEPT);
                    if (concept == Concept.THREE_PUBLIC_OUTBOUND_GROUPS && none.group("both") != null) {
                        // 无因公出国(境)团组及人次: neither groups nor persons
                        sink.add(Concept.THREE_PUBLIC_OUTBOUND_PERSONS, false, BigDecimal.ZERO, "人次", null, line, none.group(),
                                Role.CONCEPT);
                    }
                }
            }
        }
    }

    private void count(String clause, QuickFind pattern, Concept concept, int line, String unit) {
        QuickFind.Finder m = pattern.in(clause);
        if (!m.find() || m.start() > 0 && (Character.isDigit(clause.charAt(m.start() - 1))
                || clause.charAt(m.start() - 1) == '.')) {
            return;
        }
        if (NOT_A_COUNT_BEFORE.foundIn(clause.substring(0, m.start()))) {
            return;
        }
        String n = m.group("n") != null ? m.group("n") : groupOrNull(m, "n2");
        if (n == null) {
            return;
        }
        int at = m.start() + m.group().indexOf(n);
        if (NumberScan.approximate(clause, at, m.end())) {
            return; // 接待记者46批次,约600人: an approximate count is no count
        }
        String printed = unit != null ? unit : m.group("u");
        sink.add(concept, false, new BigDecimal(n.replace(",", "")), printed, null, line, m.group(), Role.CONCEPT);
    }

    private static String groupOrNull(QuickFind.Finder m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
