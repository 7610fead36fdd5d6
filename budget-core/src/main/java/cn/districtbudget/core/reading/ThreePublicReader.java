package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.reading.ReadingContext.StatedAmount;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 四、财政拨款“三公”经费预算情况及增减变化原因: the amounts (before the first {@code 较2018年}/{@code 比上年}), the stated
 * changes (from there on), and what the text says of 会议费 and 培训费.
 */
final class ThreePublicReader {

    private static final String TOTAL_LABEL = "三公[”\"']?经费";
    private static final String OUTBOUND = "因公出国[（(]境[）)]费?";
    private static final String VEHICLES = "公务用车购置及运行(?:维护|维修)?费?";
    private static final String PURCHASE = "公务用车购置(?!及)费?";
    private static final String OPERATION = "公务用车运行(?:维护|维修)?费?";
    private static final String RECEPTION = "公务接待费?";

    private static final StatedAmount TOTAL = StatedAmount.after(TOTAL_LABEL);
    private static final StatedAmount OUTBOUND_AMOUNT = StatedAmount.after(OUTBOUND);
    private static final StatedAmount VEHICLES_AMOUNT = StatedAmount.after(VEHICLES);
    private static final StatedAmount PURCHASE_AMOUNT = StatedAmount.after(PURCHASE);
    private static final StatedAmount OPERATION_AMOUNT = StatedAmount.after(OPERATION);
    private static final StatedAmount RECEPTION_AMOUNT = StatedAmount.after(RECEPTION);

    private static final String AGAINST = "(?:较|比)(?:上年|上一年|\\d{4}\\s*年)(?:度)?|与上年相比";
    private static final Pattern CHANGES_START = Pattern.compile(AGAINST);
    private static final Pattern TOTAL_CHANGE = ChangeReader.after(AGAINST);
    private static final Pattern OUTBOUND_CHANGE = ChangeReader.after(OUTBOUND);
    private static final Pattern VEHICLES_CHANGE = ChangeReader.after(VEHICLES);
    private static final Pattern PURCHASE_CHANGE = ChangeReader.after(PURCHASE);
    private static final Pattern OPERATION_CHANGE = ChangeReader.after(OPERATION);
    private static final Pattern RECEPTION_CHANGE = ChangeReader.after(RECEPTION);
    private static final Pattern SENTENCES = Pattern.compile("(?<=。)|\\n");

    private ThreePublicReader() {
    }

    static ThreePublic read(ReadingContext context, Layout.Range range) {
        if (range == null) {
            return ThreePublic.NOT_STATED;
        }
        Section s = Section.THREE_PUBLIC;
        Passage passage = Passage.prose(context.source(), range.first(), range.last());
        Matcher start = CHANGES_START.matcher(passage.text());
        int split = start.find() ? start.start() : passage.text().length();
        Passage amounts = passage.before(split);
        Passage changes = passage.from(split);
        ThreePublic.Changes stated = new ThreePublic.Changes(
                ChangeReader.read(context, changes, TOTAL_CHANGE, s, "“三公”经费比上年增减"),
                ChangeReader.read(context, changes, OUTBOUND_CHANGE, s, "因公出国（境）费比上年增减"),
                ChangeReader.read(context, changes, VEHICLES_CHANGE, s, "公务用车购置及运行维护费比上年增减"),
                ChangeReader.read(context, changes, PURCHASE_CHANGE, s, "公务用车购置费比上年增减"),
                ChangeReader.read(context, changes, OPERATION_CHANGE, s, "公务用车运行维护费比上年增减"),
                ChangeReader.read(context, changes, RECEPTION_CHANGE, s, "公务接待费比上年增减"));
        return new ThreePublic(
                context.amount(amounts, TOTAL, s, "“三公”经费合计"),
                context.amount(amounts, OUTBOUND_AMOUNT, s, "因公出国（境）费"),
                context.amount(amounts, VEHICLES_AMOUNT, s, "公务用车购置及运行维护费"),
                context.amount(amounts, PURCHASE_AMOUNT, s, "公务用车购置费"),
                context.amount(amounts, OPERATION_AMOUNT, s, "公务用车运行维护费"),
                context.amount(amounts, RECEPTION_AMOUNT, s, "公务接待费"),
                stated,
                sentenceWith(passage.text(), "会议费"),
                sentenceWith(passage.text(), "培训费"));
    }

    /** The first sentence (up to its 。) that names the fee; null when none does. */
    private static String sentenceWith(String text, String fee) {
        for (String sentence : SENTENCES.split(text)) {
            if (sentence.contains(fee)) {
                return SourceText.strip(sentence);
            }
        }
        return null;
    }
}
