package cn.districtbudget.core.tables.pdf;

import java.nio.file.*;
import org.junit.jupiter.api.Test;
import org.apache.pdfbox.Loader;

class LinesDumpTest {
    @Test
    void dump() throws Exception {
        String spec = System.getProperty("dump", "jiangsu-cppcc-office-2017-budget-tables.pdf:5");
        StringBuilder out = new StringBuilder();
        for (String one : spec.split(",")) {
            String[] fp = one.split(":");
            GlyphCollector g = new GlyphCollector();
            try (var d = Loader.loadPDF(Files.readAllBytes(Path.of("src/test/resources/real/" + fp[0])))) {
                g.setStartPage(Integer.parseInt(fp[1]));
                g.setEndPage(Integer.parseInt(fp[1]));
                g.collect(d);
            }
            for (PdfLine l : g.lines()) {
                out.append(String.format("y=%.1f s=%.1f :", l.y, l.size));
                for (PdfLine.Seg s : l.segs) out.append(String.format(" [%.1f-%.1f %s]", s.x0(), s.x1(), s.text()));
                out.append('\n');
            }
        }
        Files.writeString(Path.of("target/lines-dump.txt"), out.toString());
    }
}
