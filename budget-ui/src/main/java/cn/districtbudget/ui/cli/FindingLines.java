package cn.districtbudget.ui.cli;

import cn.districtbudget.core.finding.Finding;
import java.util.Comparator;

/** One finding as a line of text: {@code [错误 ERROR] EXP-BASIC-SUM 支出 第38行：…}. */
final class FindingLines {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder()));

    private FindingLines() {
    }

    static String format(Finding finding) {
        return "[" + finding.severity().label() + " " + finding.severity().name() + "] " + finding.rule() + " "
                + finding.section().label() + (finding.line() == null ? "" : " 第" + finding.line() + "行")
                + "：" + finding.message();
    }
}
