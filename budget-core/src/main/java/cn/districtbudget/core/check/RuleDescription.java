package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import java.util.List;
import java.util.Objects;

/** What a rule is: stable id, severity of its findings, the sections it reads, a Chinese title and description. */
public record RuleDescription(String id, Severity severity, List<Section> sections, String title, String description) {

    public RuleDescription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a rule reads at least one section: " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /** The section a finding of this rule is filed under. */
    public Section primarySection() {
        return sections.get(0);
    }
}
