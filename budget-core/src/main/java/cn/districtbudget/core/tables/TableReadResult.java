package cn.districtbudget.core.tables;

import java.util.List;

/**
 * What {@link TableReader#read} found in one file: the standard tables recognised (in document order), the findings
 * of reading (unreadable file, scan without text, unit missing, ambiguous cells …), and whether the file is a blank
 * template (tables recognised, not one figure stated).
 */
public record TableReadResult(String file, List<StandardTable> tables, List<TableFinding> findings,
                              boolean blankTemplate) {

    public TableReadResult {
        tables = List.copyOf(tables);
        findings = List.copyOf(findings);
    }

    /** True when the file could not be read at all (nothing read). */
    public boolean unreadable() {
        return tables.isEmpty() && findings.stream().anyMatch(f -> f.rule().startsWith("TBL-FILE"));
    }

    public int figureCount() {
        return tables.stream().mapToInt(StandardTable::figureCount).sum();
    }

    public java.util.Optional<StandardTable> table(TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }
}
