package cn.districtbudget.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.Region;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.money.Money;
import cn.districtbudget.core.money.MoneyUnit;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.core.reading.Samples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void sampleJsonIsExactlyTheCheckedInFixture() {
        ReadResult result = new DisclosureReader().read(Samples.shanhaiguan());
        String json = DisclosureJson.write(result.disclosure(), result.findings());
        assertThat(json).isEqualTo(Samples.text("/samples/shanhaiguan-kexie-2019-budget.json").stripTrailing());
    }

    @Test
    void topLevelKeysAreExactlyTheDocumentedOnes() throws Exception {
        ReadResult result = new DisclosureReader().read(Samples.shanhaiguan());
        JsonNode root = MAPPER.readTree(DisclosureJson.write(result.disclosure(), result.findings()));
        assertThat(names(root)).containsExactly("department", "year", "kind", "revenue", "expenditure",
                "priorYearChange", "operatingCost", "threePublic", "performance", "procurement", "assets", "figures", "findings");
        JsonNode first = root.get("figures").get(0);
        assertThat(names(first)).containsExactly("concept", "value", "unit", "explanation", "evidence");
        assertThat(first.get("concept").asText()).isEqualTo("revenue.total");
        assertThat(first.get("value").decimalValue()).isEqualByComparingTo("95.75");
        assertThat(first.get("unit").asText()).isEqualTo("万元");
        assertThat(first.get("evidence").get("line").asInt()).isEqualTo(35);
        assertThat(first.get("evidence").get("words").asText()).isEqualTo("预算收入为95.75万元");
        assertThat(root.get("figures").size()).isEqualTo(result.disclosure().figures().size());
        for (JsonNode figure : root.get("figures")) {
            assertThat(Samples.shanhaiguan()).contains(figure.get("evidence").get("words").asText());
        }
        assertThat(names(root.get("threePublic"))).containsExactly("total", "outboundTravel", "vehicles",
                "vehiclePurchase", "vehicleOperation", "reception", "priorYearChange");
        assertThat(names(root.get("assets").get("categories").get(0))).containsExactly("name", "count", "value");
    }

    @Test
    void amountsAreExactNumbersInWanAndUnstatedFiguresAreNull() throws Exception {
        Disclosure disclosure = new Disclosure(
                new Department("某局", null, new Region("河北省", null, "海港区"), null, null, null, null, List.of()),
                2020, DisclosureKind.FINAL_ACCOUNTS, MoneyUnit.YUAN,
                new Revenue(Money.ofYuan("1234567.89"), Money.ZERO, null, null, null),
                null, null, null, null, null, null, null);
        Finding finding = new Finding("READ-SECTION-MISSING", Severity.WARNING, Section.PROCUREMENT, "未找到“政府采购”部分", 7);
        JsonNode root = MAPPER.readTree(DisclosureJson.write(disclosure, List.of(finding)));

        assertThat(root.get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(root.get("department").get("region").asText()).isEqualTo("河北省海港区");
        assertThat(root.get("department").get("code").isNull()).isTrue();
        assertThat(root.get("revenue").get("total").isNumber()).isTrue();
        assertThat(root.get("revenue").get("total").decimalValue()).isEqualByComparingTo("123.456789");
        assertThat(root.get("revenue").get("generalPublicBudget").asText()).isEqualTo("0");
        assertThat(root.get("revenue").get("governmentFund").isNull()).isTrue();
        assertThat(root.get("expenditure").get("total").isNull()).isTrue();
        assertThat(root.get("priorYearChange").get("total").isNull()).isTrue();
        assertThat(root.get("assets").get("asOf").isNull()).isTrue();
        JsonNode written = root.get("findings").get(0);
        assertThat(names(written)).containsExactly("rule", "severity", "section", "message");
        assertThat(written.get("severity").asText()).isEqualTo("WARNING");
        assertThat(written.get("section").asText()).isEqualTo("PROCUREMENT");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
