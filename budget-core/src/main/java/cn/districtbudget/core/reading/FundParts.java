package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.Lexicon.Role;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 财政拨款收入1,077.36万元(其中,一般公共预算1,077.36万元,政府性基金预算0万元,国有资本经营预算0万元): the funds named
 * bare inside the bracket after the 财政拨款 revenue (or expenditure) are its parts by fund — read only when every part of
 * the bracket is a fund with its amount and the parts add up exactly to the figure before the bracket.
 */
final class FundParts {

    private static final String AMOUNT = "(-?(?:\\d{1,3}(?:[,，]\\d{3})+|\\d{1,20})(?:\\.\\d{1,8})?)\\s*(亿元|万元|元)";
    private static final Pattern WHOLE = Pattern.compile(
            "财政拨款(?<side>收入|支出)(?:决算|预算)?(?:数)?(?:为|是)?\\s*" + AMOUNT + "\\s*[（(]其中[，,:：]?\\s*(?<parts>[^（()）]{1,120})[)）]");
    /** One part: a fund, its amount, then the next part's separator or the bracket's end. */
    private static final Pattern PART = Pattern.compile(
            "\\s*(?<fund>一般公共预算|政府性基金预算|国有资本经营预算)(?:财政拨款)?(?:为|是)?\\s*" + AMOUNT
                    + "\\s*(?:[，,、；;]|$)");

    private final FigureSink sink;

    FundParts(FigureSink sink) {
        this.sink = sink;
    }

    void read(String sentence, int line) {
        if (!sentence.contains("其中") || !sentence.contains("财政拨款")) {
            return;
        }
        Matcher whole = WHOLE.matcher(sentence);
        while (whole.find()) {
            read(whole, line);
        }
    }

    private void read(Matcher whole, int line) {
        boolean revenue = whole.group("side").equals("收入");
        BigDecimal total = yuan(whole.group(2), whole.group(3));
        List<Concept> concepts = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<String> words = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        String parts = whole.group("parts");
        Matcher m = PART.matcher(parts);
        for (int at = 0; at < parts.length(); at = m.end()) {
            if (!m.region(at, parts.length()).lookingAt() || m.end() == at) {
                return; // another kind of part (含…项目资金): not a split by fund
            }
            Concept concept = concept(m.group("fund"), revenue);
            BigDecimal yuan = yuan(m.group(2), m.group(3));
            if (concept == null || yuan == null || concepts.contains(concept)) {
                return;
            }
            concepts.add(concept);
            amounts.add(yuan);
            units.add(m.group(3));
            words.add(m.group().replaceAll("[，,、；;]$", "").strip());
            sum = sum.add(yuan);
        }
        if (total == null || concepts.isEmpty() || sum.compareTo(total) != 0) {
            return; // parts that do not make the whole are not known to be its split
        }
        for (int i = 0; i < concepts.size(); i++) {
            sink.add(concepts.get(i), false, amounts.get(i), units.get(i), null, line, words.get(i), Role.CONCEPT);
        }
    }

    private static Concept concept(String fund, boolean revenue) {
        return switch (fund) {
            case "一般公共预算" -> revenue ? Concept.REVENUE_GENERAL_PUBLIC_BUDGET : Concept.GPB_EXPENDITURE_TOTAL;
            case "政府性基金预算" -> revenue ? Concept.REVENUE_GOVERNMENT_FUND : Concept.GOVERNMENT_FUND_EXPENDITURE_TOTAL;
            case "国有资本经营预算" -> revenue ? Concept.REVENUE_STATE_CAPITAL : Concept.STATE_CAPITAL_EXPENDITURE_TOTAL;
            default -> null;
        };
    }

    private static BigDecimal yuan(String number, String unit) {
        try {
            return Money.of(Figures.parseNumber(number), MoneyUnit.fromLabel(unit)).yuan();
        } catch (ArithmeticException e) {
            return null; // finer than a fen
        }
    }
}
