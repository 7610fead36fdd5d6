package cn.districtbudget.core.tables;

import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.Objects;

/**
 * A finding of reading or checking tables: a stable rule id ({@code TBL-…}), severity, a Chinese message quoting
 * the figures with their table and row, and the evidence (file, page or sheet, row, column; null when the finding
 * concerns the whole file).
 */
public record TableFinding(String rule, Severity severity, String message, Evidence evidence) {

    public TableFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** As a finding of the disclosure (section 全文; the place is appended to the message). */
    public Finding toFinding() {
        String where = evidence == null ? "" : "（" + evidence.describe() + "）";
        return new Finding(rule, severity, Section.DOCUMENT, message + where);
    }
}
