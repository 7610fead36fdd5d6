package cn.districtbudget.core.finding;

import java.util.Objects;

/**
 * Something reading or checking found: a stable rule id (e.g. {@code EXP-BASIC-SUM}), its severity, the section,
 * a Chinese message quoting the figures, and the 1-based line of the text it came from (null when not tied to a line).
 */
public record Finding(String rule, Severity severity, Section section, String message, Integer line) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(message, "message");
    }

    public Finding(String rule, Severity severity, Section section, String message) {
        this(rule, severity, section, message, null);
    }
}
