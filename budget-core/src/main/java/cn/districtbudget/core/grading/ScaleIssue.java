package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;

/**
 * Something wrong with an indicator's four thresholds. {@code grades} are the grades involved (best first),
 * {@code interval} the values concerned (null for unparseable text and mixed units).
 */
public record ScaleIssue(Kind kind, String indicator, List<Grade> grades, Interval interval, String message) {

    public ScaleIssue {
        grades = List.copyOf(grades);
    }

    /**
     * The kinds of issue, each with its stable rule id and severity. All are WARNINGs: a badly written scale makes
     * grading unreliable, but no published figures disagree (ERROR is kept for those; see docs/grading.md).
     */
    public enum Kind {
        GAP("GRD-GAP", Severity.WARNING),
        OVERLAP("GRD-OVERLAP", Severity.WARNING),
        CONTRADICTION("GRD-CONTRADICTION", Severity.WARNING),
        ORDER("GRD-ORDER", Severity.WARNING),
        UNPARSEABLE("GRD-UNPARSEABLE", Severity.WARNING),
        MIXED_UNITS("GRD-MIXED-UNITS", Severity.WARNING);

        private final String ruleId;
        private final Severity severity;

        Kind(String ruleId, Severity severity) {
            this.ruleId = ruleId;
            this.severity = severity;
        }

        public String ruleId() {
            return ruleId;
        }

        public Severity severity() {
            return severity;
        }
    }

    /** As a finding of the performance section; the message names the indicator. */
    public Finding toFinding() {
        return new Finding(kind.ruleId(), kind.severity(), Section.PERFORMANCE, indicator + "：" + message);
    }
}
