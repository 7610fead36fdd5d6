package cn.districtbudget.core.tables.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph of every page with its position (PDFBox's de-duplicated {@link TextPosition}s), then groups
 * them into lines by baseline and splits lines into segments where the gap between glyphs exceeds half a character.
 */
final class GlyphCollector extends PDFTextStripper {

    private record Glyph(String text, float x0, float x1, float y, float size) {
    }

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current;
    private int glyphCount;

    GlyphCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        current = new ArrayList<>();
        pages.add(current);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank() || u.equals("\u00a0") || u.equals("\u3000")) {
                continue;
            }
            float size = Math.max(p.getFontSizeInPt(), p.getHeightDir());
            if (size <= 0) {
                size = 10;
            }
            current.add(new Glyph(u, p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), size));
            glyphCount++;
        }
    }

    /** Reads the document's text; afterwards {@link #lines()} and {@link #glyphCount()} answer. */
    void collect(PDDocument document) throws IOException {
        getText(document);
    }

    int glyphCount() {
        return glyphCount;
    }

    int pageCount() {
        return pages.size();
    }

    /** The lines of all pages, page by page, top to bottom. */
    List<PdfLine> lines() {
        List<PdfLine> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Glyph> glyphs = new ArrayList<>(pages.get(p));
            glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x0));
            List<List<Glyph>> rows = new ArrayList<>();
            List<Glyph> row = null;
            float rowY = 0;
            for (Glyph g : glyphs) {
                float tol = Math.max(1.5f, g.size() * 0.3f);
                if (row == null || Math.abs(g.y() - rowY) > tol) {
                    row = new ArrayList<>();
                    rows.add(row);
                    rowY = g.y();
                }
                row.add(g);
            }
            for (List<Glyph> r : rows) {
                r.sort(Comparator.comparingDouble(Glyph::x0));
                float size = 0;
                for (Glyph g : r) {
                    size = Math.max(size, g.size());
                }
                PdfLine line = new PdfLine(p + 1, r.get(0).y(), size);
                StringBuilder text = new StringBuilder();
                float start = 0;
                float end = 0;
                for (Glyph g : r) {
                    float gap = g.x0() - end;
                    boolean digitMeetsText = !text.isEmpty() && gap > 0.12f * g.size()
                            && (isDigit(lastChar(text)) && isCjk(g.text()) || isCjk(lastChar(text)) && isDigit(g.text()));
                    if (!text.isEmpty() && (gap > Math.max(2.5f, 0.5f * g.size()) || digitMeetsText)) {
                        line.segs.add(new PdfLine.Seg(text.toString(), start, end));
                        text.setLength(0);
                    }
                    if (text.isEmpty()) {
                        start = g.x0();
                    }
                    if (!text.isEmpty() && g.x0() < end - 0.5f * (g.x1() - g.x0()) && g.text().equals(lastChar(text))) {
                        continue; // overprinted (fake bold) duplicate
                    }
                    text.append(g.text());
                    end = Math.max(end, g.x1());
                }
                if (!text.isEmpty()) {
                    line.segs.add(new PdfLine.Seg(text.toString(), start, end));
                }
                out.add(line);
            }
        }
        return out;
    }

    private static boolean isDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    private static boolean isCjk(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String lastChar(StringBuilder text) {
        return text.substring(text.length() - 1);
    }
}
