package cn.districtbudget.core.tables;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class DumpTest {
    @Test
    void dump() throws Exception {
        StringBuilder out = new StringBuilder();
        for (Path p : Files.list(Path.of("src/test/resources/real")).sorted().toList()) {
            long t0 = System.nanoTime();
            TableReadResult r = TableReader.read(p.getFileName().toString(), Files.readAllBytes(p));
            out.append("##### ").append(p.getFileName()).append(" ms=").append((System.nanoTime() - t0) / 1_000_000).append(" tables=").append(r.tables().size()).append(" figures=").append(r.figureCount()).append('\n');
            for (TableFinding f : r.findings()) out.append("  F ").append(f.rule()).append(' ').append(f.message()).append(' ').append(f.evidence() == null ? "" : f.evidence().describe()).append('\n');
            for (StandardTable t : r.tables()) {
                out.append("== ").append(t.kind()).append(" | ").append(t.title()).append(" | ").append(t.unit()).append(" | ").append(t.evidence().describe()).append(" | empty=").append(t.emptyStatement()).append('\n');
                for (TableColumn c : t.columns()) out.append("   col ").append(c.index()).append(" s").append(c.side()).append(' ').append(c.fullLabel()).append(" -> ").append(c.measure()).append('\n');
                for (TableRow row : t.rows()) {
                    out.append("   s").append(row.side()).append(' ').append(row.level()).append(' ').append(row.code()).append(' ').append(row.name()).append(" :");
                    for (TableCell c : row.cells()) out.append(" | ").append(c == null ? "" : c.raw());
                    out.append("  @").append(row.evidence().describe()).append('\n');
                }
            }
        }
        Files.writeString(Path.of("target/tables-dump.txt"), out.toString());
    }
}
