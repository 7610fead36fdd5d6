package cn.districtbudget.ui.shell;

import cn.districtbudget.core.money.Money;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;

/** Grid columns the dashboards share: amounts in 万元 (right-aligned, sortable), changes with rises in red. */
public final class Grids {

    private Grids() {
    }

    /** A right-aligned, sortable 万元 column with two decimals; "—" for not stated, which sorts before every figure (ascending). */
    public static <T> Grid.Column<T> amount(Grid<T> grid, String header, Function<T, Money> value) {
        return grid.addColumn(row -> Amounts.wan(value.apply(row)))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true)
                .setFlexGrow(0)
                .setWidth(minWidth(header));
    }

    /** Wide enough for the header (CJK characters are about 1.1em each, plus the sort icon). */
    static String minWidth(String header) {
        return Math.max(6, Math.round(header.length() * 1.1f + 2.5f)) + "em";
    }

    /** A signed change in 万元, right-aligned; a rise is red when {@code riseIsBad} (三公). */
    public static <T> Grid.Column<T> change(Grid<T> grid, String header, Function<T, Money> value, boolean riseIsBad) {
        return grid.addComponentColumn(row -> {
                    Money change = value.apply(row);
                    Span span = Cards.change(Amounts.signedWan(change), change == null ? 0 : change.signum(), riseIsBad);
                    span.addClassName("amount");
                    return span;
                })
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true)
                .setFlexGrow(0)
                .setWidth(minWidth(header));
    }

    /** A right-aligned, sortable percentage column (fractions 0..1). */
    public static <T> Grid.Column<T> percent(Grid<T> grid, String header, Function<T, BigDecimal> fraction) {
        return grid.addColumn(row -> Amounts.percent(fraction.apply(row)))
                .setHeader(header)
                .setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(fraction, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true)
                .setAutoWidth(true);
    }
}
