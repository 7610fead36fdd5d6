package cn.districtbudget.ui;

import cn.districtbudget.ui.chart.ApexChart;
import cn.districtbudget.ui.chart.ChartSeries;
import cn.districtbudget.ui.chart.DonutChartMapper;
import cn.districtbudget.ui.chart.StackedBarChartMapper;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import java.math.BigDecimal;
import java.util.List;

/** Placeholder until the dashboards land: shows that the chart component draws. */
@Route("")
@PageTitle("部门预算公开看板")
public class HomeView extends VerticalLayout {
    public HomeView() {
        add(new H1("部门预算公开看板"));
        Span clicked = new Span();
        ApexChart bars = new ApexChart(StackedBarChartMapper.map("支出（示例）", List.of("科协", "教育局"),
                List.of(new ChartSeries("人员经费", List.of(new BigDecimal("50.44"), new BigDecimal("120"))),
                        new ChartSeries("项目支出", List.of(new BigDecimal("24.56"), new BigDecimal("30.5")))), true));
        bars.addChartClickListener(e -> clicked.setText(e.getCategory() + " " + e.getSeriesName()));
        ApexChart donut = new ApexChart(DonutChartMapper.map("收入", List.of("一般公共预算", "其他"),
                List.of(new BigDecimal("95.75"), new BigDecimal("3"))));
        add(bars, donut, clicked);
    }
}
