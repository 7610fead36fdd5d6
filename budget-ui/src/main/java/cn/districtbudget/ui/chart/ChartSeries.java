package cn.districtbudget.ui.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A named series of values (万元 unless a chart says otherwise); a null value is a figure not stated. */
public record ChartSeries(String name, List<BigDecimal> values) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(values)); // keeps nulls
    }
}
