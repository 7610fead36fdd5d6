package cn.districtbudget.ui.department;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Evidence;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.ui.shell.Amounts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.List;

/**
 * 公开数字及出处: every figure the text states, in text order, with where it was read — the file and line in one
 * column, the exact words in another, and both as the tooltip of every cell of the row.
 */
final class FiguresPanel {

    private FiguresPanel() {
    }

    static Component of(List<StatedFigure> figures) {
        if (figures.isEmpty()) {
            return new Span("没有按项目读出的数字。");
        }
        Grid<StatedFigure> grid = new Grid<>();
        grid.setId("stated-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(FiguresPanel::label).setHeader("项目").setAutoWidth(true).setSortable(true)
                .setTooltipGenerator(FiguresPanel::evidence);
        grid.addColumn(FiguresPanel::value).setHeader("数值").setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setTooltipGenerator(FiguresPanel::evidence);
        grid.addColumn(f -> f.unit() == null ? "" : f.unit()).setHeader("原文单位").setAutoWidth(true);
        grid.addColumn(f -> f.explanation() == null ? "" : f.explanation()).setHeader("说明").setFlexGrow(1)
                .setVisible(figures.stream().anyMatch(f -> f.explanation() != null && !f.explanation().isBlank()));
        // a long file name wraps inside its column (figure-place) instead of squeezing the words
        grid.addColumn(FiguresPanel::place).setHeader("出处").setKey("place").setWidth("16em").setFlexGrow(1)
                .setPartNameGenerator(f -> "figure-place").setTooltipGenerator(FiguresPanel::evidence);
        grid.addColumn(f -> f.evidence() == null ? "" : f.evidence().words()).setHeader("原文语句").setFlexGrow(3)
                .setTooltipGenerator(FiguresPanel::evidence);
        grid.setItems(figures);
        grid.setAllRowsVisible(figures.size() <= 20);
        if (figures.size() > 20) {
            grid.setHeight("480px");
        }
        return grid;
    }

    /** The concept in Chinese, with 比上年增减 for a change: {@code “三公”经费}, {@code 公务接待费（比上年增减）}. */
    static String label(StatedFigure f) {
        return f.concept().label() + (f.change() ? "（比上年增减）" : "");
    }

    /**
     * Money exactly in 万元 (at least two decimals, never rounded), a change signed; a count or percentage as
     * stated with its unit: {@code 1.14万元}, {@code -0.20万元}, {@code 3人次}, {@code 98.5%}.
     */
    static String value(StatedFigure f) {
        if (f.concept().measure() == Concept.Measure.MONEY) {
            BigDecimal wan = f.value().movePointLeft(4).stripTrailingZeros();
            if (wan.scale() < 2) {
                wan = wan.setScale(2);
            }
            return (f.change() && wan.signum() > 0 ? "+" : "") + wan.toPlainString() + "万元";
        }
        BigDecimal stated = f.value().stripTrailingZeros();
        String number = (stated.scale() < 0 ? stated.setScale(0) : stated).toPlainString();
        return (f.change() && stated.signum() > 0 ? "+" : "") + number + (f.unit() == null ? "" : f.unit());
    }

    /**
     * {@code budget.txt 第12行}; {@code 第12行} when the file is not known. A figure read from a table (line 0) names
     * its place, {@code tables.pdf 《收支预算总表》 第1页 第6行 第1列}, or, when only its words were kept, the table they
     * name ({@code tables.pdf 《收支预算总表》}; the row and column are in the words).
     */
    static String place(StatedFigure f) {
        Evidence e = f.evidence();
        if (e == null) {
            return Amounts.NOT_STATED;
        }
        String file = e.file() == null ? "" : e.file() + " ";
        if (e.place() != null) {
            return (file + e.place()).trim();
        }
        if (e.line() == 0) {
            String words = e.words() == null ? "" : e.words();
            int end = words.startsWith("《") ? words.indexOf('》') : -1;
            return (file + (end > 0 ? words.substring(0, end + 1) : "表格")).trim();
        }
        return (file + "第" + e.line() + "行").trim();
    }

    /** The tooltip: where and the exact words, {@code budget.txt 第12行：“三公”经费预算1.14万元}. */
    static String evidence(StatedFigure f) {
        return f.evidence() == null ? "出处未记录" : place(f) + "：" + f.evidence().words();
    }
}
