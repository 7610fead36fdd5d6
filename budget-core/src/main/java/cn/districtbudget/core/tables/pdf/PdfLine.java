package cn.districtbudget.core.tables.pdf;

import java.util.ArrayList;
import java.util.List;

/** One printed line of a page: baseline, font size and its segments (runs of glyphs without a column gap). */
final class PdfLine {

    /** A run of glyphs: text (no spaces), left and right edge in points. */
    record Seg(String text, float x0, float x1) {
        float center() {
            return (x0 + x1) / 2;
        }
    }

    final int page;
    final float y;
    final float size;
    final List<Seg> segs = new ArrayList<>();

    PdfLine(int page, float y, float size) {
        this.page = page;
        this.y = y;
        this.size = size;
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (Seg s : segs) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(s.text());
        }
        return out.toString();
    }

    /** The text without any spaces (letter-spaced titles join up). */
    String compact() {
        StringBuilder out = new StringBuilder();
        for (Seg s : segs) {
            out.append(s.text());
        }
        return out.toString();
    }
}
