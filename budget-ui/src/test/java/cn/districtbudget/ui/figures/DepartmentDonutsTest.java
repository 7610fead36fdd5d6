package cn.districtbudget.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.ui.chart.DonutChartMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The department page's donuts never show a 合计 the stated total contradicts, nor 项目支出 as 100% of a budget with 基本支出. */
class DepartmentDonutsTest {

    private static Money wan(String wan) {
        return Money.ofYuan(new java.math.BigDecimal(wan).movePointRight(4));
    }

    private static boolean totalShown(ObjectNode options) {
        return options.at("/plotOptions/pie/donut/labels/total/show").asBoolean();
    }

    @Test
    void aNationalTemplateFinalAccountShowsBasicAndProjectWithTheirTotal() {
        // as demo department 106's 2023 决算 states them: 支出合计 2564.04 = 基本支出 1713.89 + 项目支出 850.15, no parts
        Expenditure e = new Expenditure(wan("2564.04"), wan("1713.89"), null, null, wan("850.15"), null);
        ObjectNode options = DashboardCharts.expenditureDonut(e);
        assertThat(DonutChartMapper.labelsShown(options)).containsExactly("基本支出", "项目支出");
        assertThat(options.at("/series/0").decimalValue()).isEqualByComparingTo("1713.89");
        assertThat(totalShown(options)).isTrue();
    }

    @Test
    void theSampleLayoutKeepsPersonnelPublicUseAndProject() {
        Expenditure e = new Expenditure(wan("95.75"), wan("86.45"), wan("80.00"), wan("6.45"), wan("9.30"), null);
        ObjectNode options = DashboardCharts.expenditureDonut(e);
        assertThat(DonutChartMapper.labelsShown(options)).containsExactly("人员经费", "日常公用经费", "项目支出");
        assertThat(totalShown(options)).isTrue();
    }

    @Test
    void sourcesThatDoNotMakeTheStatedTotalShowNoTotal() {
        // a final account: 收入合计 2594.54, of the sample's four sources only 其他来源收入 0 stated
        ObjectNode options = DashboardCharts.revenueDonut(new Revenue(wan("2594.54"), null, null, null, wan("0")));
        assertThat(totalShown(options)).isFalse();
        ObjectNode adds = DashboardCharts.revenueDonut(new Revenue(wan("10"), wan("7"), null, null, wan("3")));
        assertThat(totalShown(adds)).isTrue();
    }
}
