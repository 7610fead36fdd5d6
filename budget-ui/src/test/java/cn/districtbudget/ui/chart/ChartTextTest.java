package cn.districtbudget.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whatever a mapper puts into a chart's options, the JSON the browser gets has no HTML in any text: names,
 * categories, series names, labels, titles and tooltip descriptions. Issue 10, item 1.
 */
class ChartTextTest {

    static final String EVIL = "山海关区<img src=x onerror=alert(1)>科协";
    static final String SHOWN = "山海关区＜img src=x onerror=alert(1)＞科协";

    private static JsonNode sent(ObjectNode options) throws Exception {
        ApexChart chart = new ApexChart(options);
        return new ObjectMapper().readTree(chart.getElement().getProperty("options"));
    }

    private static List<String> texts(JsonNode node, String path, List<String> out) {
        if (node.isTextual()) {
            out.add(path + "=" + node.textValue());
        } else if (node.isContainerNode()) {
            node.fields().forEachRemaining(f -> texts(f.getValue(), path + "/" + f.getKey(), out));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                texts(node.get(i), path + "/" + i, out);
            }
        }
        return out;
    }

    private static void assertNoHtml(JsonNode sent) {
        List<String> all = texts(sent, "", new ArrayList<>());
        assertThat(all).filteredOn(t -> !t.startsWith("/chart/fontFamily="))
                .allSatisfy(t -> assertThat(t).doesNotContain("<", ">", "&", "\"", "'"));
    }

    @Test
    void everyMapperSTextsReachTheBrowserInert() throws Exception {
        List<BigDecimal> one = List.of(new BigDecimal("1.5"));
        List<ObjectNode> charts = List.of(
                StackedBarChartMapper.map(EVIL, List.of(EVIL), List.of(new ChartSeries(EVIL, one)), true),
                ColumnLineChartMapper.map(EVIL, List.of(EVIL), List.of(new ChartSeries(EVIL, one)), new ChartSeries(EVIL, one)),
                DonutChartMapper.map(EVIL, List.of(EVIL), one),
                GradeHeatmapMapper.map(EVIL, List.of(new HeatmapRow(EVIL,
                        List.of(new HeatmapCell(EVIL, new BigDecimal("90"), EVIL + "\n\"'&"))))));
        for (ObjectNode options : charts) {
            JsonNode sent = sent(options);
            assertNoHtml(sent);
            assertThat(sent.toString()).contains(SHOWN);
        }
    }

    @Test
    void categoriesSeriesNamesAndLabelsKeepTheirOtherCharactersAndTheServerKeepsTheOriginal() throws Exception {
        ObjectNode options = StackedBarChartMapper.map("支出", List.of(EVIL, "教育局 A&B"),
                List.of(new ChartSeries("人员经费 \"甲\"", List.of(BigDecimal.ONE, BigDecimal.TEN))), false);
        ApexChart chart = new ApexChart(options);
        JsonNode sent = new ObjectMapper().readTree(chart.getElement().getProperty("options"));

        assertThat(sent.at("/xaxis/categories/0").textValue()).isEqualTo(SHOWN);
        assertThat(sent.at("/xaxis/categories/1").textValue()).isEqualTo("教育局 A＆B");
        assertThat(sent.at("/series/0/name").textValue()).isEqualTo("人员经费 ＂甲＂");
        assertThat(sent.at("/series/0/data").toString()).isEqualTo("[1,10]");
        // style values set by the package stay as they are (the font list has quotes)
        assertThat(sent.at("/chart/fontFamily").textValue()).isEqualTo(ChartJson.FONT);
        // the server-side copy is what the mapper built
        assertThat(chart.getOptions().at("/xaxis/categories/0").textValue()).isEqualTo(EVIL);
    }

    @Test
    void anyTextAddedByHandIsInertToo() throws Exception {
        ObjectNode options = ChartJson.base("bar", "题");
        options.putObject("tooltip").putObject("x").put("format", "<b onmouseover=alert(1)>");
        options.putArray("labels").add("<script>alert(1)</script>");
        options.putObject("dataLabels").put("enabled", true).putArray("texts").add("<svg onload=alert(1)>");
        assertNoHtml(sent(options));
    }
}
