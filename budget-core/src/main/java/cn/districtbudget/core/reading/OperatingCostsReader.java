package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.reading.ReadingContext.StatedAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 三、机关运行经费安排情况: {@code 机关运行经费共计安排9.3万元，主要用于办公及印刷费0.75万元、邮电费0.68万元…}:
 * the total and each itemised line, named by the words just before its amount.
 */
final class OperatingCostsReader {

    private static final StatedAmount TOTAL = StatedAmount.after("机关运行经费(?:预算)?");
    private static final Pattern TOTAL_SENTENCE = Pattern.compile(
            "机关运行经费(?:预算)?" + Figures.GLUE + Figures.AMOUNT + "(?<rest>[^。]*)");
    private static final Pattern ITEM = Pattern.compile(
            "^(?:主要用于|主要包括|主要是|包括|用于|其中[:：]?|具体为|分别为|为)*\\s*(?<name>[^\\d，,、；;：:]{1,30}?)"
                    + "(?:为|支出|安排)?" + Figures.AMOUNT);

    /** 、 ， ； between items; a comma between digits is a thousands separator, not a break. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、；;]|(?<!\\d)[,，]|[,，](?!\\d{3})");

    private OperatingCostsReader() {
    }

    static OperatingCosts read(ReadingContext context, Layout.Range range) {
        if (range == null) {
            return OperatingCosts.NOT_STATED;
        }
        Passage passage = Passage.prose(context.source(), range.first(), range.last());
        Money total = context.amount(passage, TOTAL, Section.OPERATING_COSTS, "机关运行经费");
        List<OperatingCosts.Item> items = new ArrayList<>();
        Matcher sentence = TOTAL_SENTENCE.matcher(passage.text());
        if (sentence.find()) {
            String rest = sentence.group("rest");
            int restStart = sentence.start("rest");
            int offset = 0;
            for (String piece : ITEM_SEPARATOR.split(rest, -1)) {
                Matcher item = ITEM.matcher(SourceText.strip(piece));
                if (item.find()) {
                    Integer line = passage.lineAt(restStart + offset);
                    Money amount = context.money(Figures.number(item), Figures.unit(item),
                            Section.OPERATING_COSTS, "机关运行经费明细", line);
                    if (amount != null) {
                        items.add(new OperatingCosts.Item(SourceText.strip(item.group("name")), amount));
                    }
                }
                offset += piece.length() + 1;
            }
        }
        return new OperatingCosts(total, items);
    }
}
