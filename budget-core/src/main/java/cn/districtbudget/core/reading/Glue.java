package cn.districtbudget.core.reading;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words between a term (or the value before) and a value, as {@link ConceptReader} understands them: neutral glue
 * (为, 共计, 支出…), a comparison with the prior year, a direction (增加 / 减少), a rate, 预算 / 年初预算 / 决算, or words
 * that say the value is not the term's ({@code ok} false).
 */
record Glue(boolean ok, boolean compare, int direction, boolean rate, boolean budget, boolean initial, boolean fin,
            boolean anyModifier, boolean versus) {

    /** Reads glue for one document: a comparison with its own year or a later one is against its budget. */
    static final class Grammar {

        private static final Pattern GLUE_TOKEN = Pattern.compile(
                "(?<compare>(?:相)?(?:比较|比|较于?|与)\\s*(?:上年度|上年|上一年|去年|\\d{4}\\s*年(?:度)?)\\s*(?:年初)?(?:决算|预算|执行)?(?:数)?(?:\\s*\\d{1,9}(?:\\.\\d{1,8})?(?![\\d.]))?(?:相比)?|同比|\\d{4}\\s*年(?:度)?\\s*相比)"
                        + "|(?<up>增加|增长|上升|提高|增|加)|(?<down>减少|下降|降低|压缩|压减|减|节约)"
                        + "|(?<versus>(?:比|较|与)(?:年初|全年)?预算(?:数)?)"
                        + "|(?<rate>完成(?:了)?(?:年初)?预算(?:数)?的|为年初预算的|占年初预算的)"
                        + "|(?<reject>调整(?:后)?预算(?:数)?|全年预算(?:数)?|预算执行(?:数)?|上年|以前年度|占)|(?<lastYear>去年)"
                        + "|(?<initial>年初预算(?:数)?)|(?<budget>完成(?:全年|年初)?预算(?:数)?|预算(?:数|安排)?|预安排)|(?<final>决算(?:数)?|实际)"
                        + "|(?<neutral>\\s+|[:：，,”\"’'」〞]|按同口径|同口径|同期|汇总|共计|合计|总计|总额|安排|金额|支出|收入|经费|资金|公共财政拨款|财政拨款|拨款|本年度|本年"
                        + "|全年|当年|年度|\\d{4}\\s*年(?:度)?|累计|执行|列支|发生|为|是|共|计|达|额|数|的|了|总|[（(][^（()）\\d]{0,20}[)）])");
        private static final Pattern COMPARED_YEAR_DIGITS = Pattern.compile("(\\d{4})\\s*年");

        private final Integer year;
        /** Final accounts are written the year after theirs: 去年 is their own year (公务接待费去年决算数为951.86万元). */
        private final boolean writtenYearAfter;
        /** The glue read so far, by its words: glue depends only on the words and the document's year and kind. */
        private final Map<String, Glue> glues = new HashMap<>();

        Grammar(Integer year, boolean writtenYearAfter) {
            this.year = year;
            this.writtenYearAfter = writtenYearAfter;
        }

        /** The glue {@code text} is (read once per distinct words). */
        Glue of(String text) {
            Glue known = glues.get(text);
            if (known == null) {
                known = read(text);
                glues.put(text, known);
            }
            return known;
        }

        /**
         * The comparison's words name the document's own year or a later one (与2021年度预算相比 in the 2021 final
         * account): it is against the year's budget, not the prior year.
         */
        boolean ownYearOrLater(String compareWords) {
            Matcher compared = COMPARED_YEAR_DIGITS.matcher(compareWords);
            return compared.find() && year != null && Integer.parseInt(compared.group(1)) >= year;
        }

        private Glue read(String text) {
            boolean compare = false;
            boolean rate = false;
            boolean budget = false;
            boolean initial = false;
            boolean fin = false;
            int direction = 0;
            boolean versus = false;
            Matcher m = GLUE_TOKEN.matcher(text);
            int at = 0;
            while (at < text.length()) {
                m.region(at, text.length());
                if (!m.lookingAt() || m.end() == at || m.group("reject") != null
                        || m.group("lastYear") != null && !writtenYearAfter) {
                    return new Glue(false, false, 0, false, false, false, false, false, false);
                }
                if (m.group("versus") != null) {
                    versus = true;
                    budget = true;
                } else if (m.group("compare") != null) {
                    if (ownYearOrLater(m.group("compare"))) {
                        // 与2021年度预算相比 in the 2021 final account: against its own budget, not the prior year
                        versus = true;
                        budget = true;
                    } else {
                        compare = true;
                    }
                } else if (m.group("up") != null || m.group("down") != null) {
                    if (text.startsWith("的", m.end())) {
                        // 压缩的52万元出自公务接待费: the amount a noun phrase names, whose owner follows
                        return new Glue(false, false, 0, false, false, false, false, false, false);
                    }
                    direction = m.group("up") != null ? 1 : -1;
                } else if (m.group("rate") != null) {
                    rate = true;
                } else if (m.group("initial") != null) {
                    initial = true;
                    budget = true;
                } else if (m.group("budget") != null) {
                    budget = true;
                } else if (m.group("final") != null) {
                    fin = true;
                }
                at = m.end();
            }
            boolean any = compare || direction != 0 || rate || budget || fin;
            return new Glue(true, compare, direction, rate, budget, initial, fin, any, versus);
        }
    }
}
