package cn.districtbudget.core.reading;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;

/** The findings reading can report: stable rule ids starting {@code READ-}, each with its severity. */
public enum ReadingRule {
    /** The text states no budget or final-accounts content at all: nothing was read. */
    NOT_DISCLOSURE("READ-NOT-DISCLOSURE", Severity.ERROR),
    /** The text states figures but not the department, the year or the kind (and the caller gave none). */
    IDENTITY_MISSING("READ-IDENTITY-MISSING", Severity.WARNING),
    /** A section heading (e.g. 三、机关运行经费安排情况) was not found. */
    SECTION_MISSING("READ-SECTION-MISSING", Severity.WARNING),
    /** A section is present but one of its main figures could not be found. */
    FIGURE_MISSING("READ-FIGURE-MISSING", Severity.WARNING),
    /** A figure is stated more than once with different values, or is not a clean number: left absent. */
    FIGURE_AMBIGUOUS("READ-FIGURE-AMBIGUOUS", Severity.WARNING),
    /** A figure is given without a money unit the reader knows: left absent. */
    UNIT_UNKNOWN("READ-UNIT-UNKNOWN", Severity.WARNING),
    /** A table row does not fit the table's columns: skipped. */
    ROW_NOT_UNDERSTOOD("READ-ROW-NOT-UNDERSTOOD", Severity.WARNING),
    /** The text stops before the end of the document (closing sections missing): the result is incomplete. */
    TRUNCATED("READ-TRUNCATED", Severity.ERROR),
    /** The reader failed on this text (a defect of the reader); nothing was read. */
    INTERNAL_ERROR("READ-INTERNAL-ERROR", Severity.ERROR);

    private final String id;
    private final Severity severity;

    ReadingRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    Finding finding(Section section, String message, Integer line) {
        return new Finding(id, severity, section, message, line);
    }
}
