package cn.districtbudget.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.sample.SampleDisclosures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every threshold of the sample parses, and every anomaly of its scales is reported, indicator by indicator. */
class SampleGradingScalesTest {

    private static final List<Indicator> INDICATORS = SampleDisclosures.kexie2019().performance().indicators();

    @Test
    void everyThresholdOfTheSampleParses() {
        assertThat(INDICATORS).hasSize(22);
        for (Indicator indicator : INDICATORS) {
            for (Grade grade : Grade.values()) {
                assertThat(ThresholdParser.parse(indicator.threshold(grade)))
                        .as(indicator.name() + " " + grade.label())
                        .isInstanceOf(Threshold.Parsed.class);
            }
        }
    }

    @Test
    void everyAnomalyOfTheSampleIsReportedByIndicator() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("科普活动覆盖率", List.of("GRD-GAP WARNING (60%, 85%)不属于任何等级，其中的值未评级"));
        expected.put("学会交流次数增长率", List.of(
                "GRD-OVERLAP WARNING 中“5%及以上”与差“5%以下”在5%重叠；两档都成立时评为较好的中"));
        expected.put("交流培训活动次数", List.of(
                "GRD-OVERLAP WARNING 中“6次以上”与差“6次以下”在6次重叠；两档都成立时评为较好的中"));
        expected.put("举办科普活动次数", List.of(
                "GRD-OVERLAP WARNING 中“10次以上”与差“10次以下”在10次重叠；两档都成立时评为较好的中"));
        expected.put("学术交流人次增长率", List.of(
                "GRD-OVERLAP WARNING 中“5%及以上”与差“5%以下”在5%重叠；两档都成立时评为较好的中"));
        expected.put("科技交流活动次数", List.of(
                "GRD-OVERLAP WARNING 中“6次以上”与差“6次以下”在6次重叠；两档都成立时评为较好的中"));
        expected.put("企业安装应用专利信息库的增长率", List.of(
                "GRD-OVERLAP WARNING 中“5%及以上”与差“5%以下”在5%重叠；两档都成立时评为较好的中"));
        expected.put("设施购置率", List.of("GRD-GAP WARNING (70%, 85%)不属于任何等级，其中的值未评级"));
        expected.put("运行保障事务完成率", List.of("GRD-GAP WARNING (60%, 85%)不属于任何等级，其中的值未评级"));
        expected.put("科普业务项目保障率", List.of("GRD-GAP WARNING (70%, 85%)不属于任何等级，其中的值未评级"));
        expected.put("科技型企业技术培训次数", List.of());
        expected.put("新增科技型中小企业完成率", List.of());
        expected.put("补助金发放率", List.of("GRD-GAP WARNING [60%, 80%)不属于任何等级，其中的值未评级"));
        expected.put("创新型企业申报数", List.of());
        expected.put("科技特派员下乡培训人次", List.of());
        expected.put("科技特派员培训完成率", List.of(
                "GRD-CONTRADICTION WARNING 差“≥80%”即[80%, +∞)，与优100%、良[90%, 100%)、中[85%, 90%)重叠：差覆盖了更好等级的取值",
                "GRD-GAP WARNING [0%, 80%)不属于任何等级，其中的值未评级"));
        expected.put("科普宣传资料发放率", List.of());
        expected.put("科普培训次数", List.of());
        expected.put("科普活动参加人数", List.of());
        expected.put("群众满意度", List.of());
        expected.put("科技管理业务工作保障率(%）", List.of());
        expected.put("运行保障事务完成率#2", List.of("GRD-GAP WARNING [60%, 85%)不属于任何等级，其中的值未评级"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Indicator indicator : INDICATORS) {
            String key = actual.containsKey(indicator.name()) ? indicator.name() + "#2" : indicator.name();
            actual.put(key, GradingScale.of(indicator).findings().stream()
                    .map(f -> f.rule() + " " + f.severity() + " " + f.message().substring(indicator.name().length() + 1))
                    .toList());
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void findingsNameTheIndicatorAndBelongToThePerformanceSection() {
        Indicator coverage = INDICATORS.get(0);

        assertThat(GradingScale.of(coverage).findings()).containsExactly(new Finding("GRD-GAP", Severity.WARNING,
                Section.PERFORMANCE, "科普活动覆盖率：(60%, 85%)不属于任何等级，其中的值未评级"));
    }
    @Test
    void theWholeTableIsReviewedInPublishedOrder() {
        List<Finding> findings = ScaleReview.findings(SampleDisclosures.kexie2019().performance());

        assertThat(findings).extracting(Finding::rule).containsExactly(
                "GRD-GAP", "GRD-OVERLAP", "GRD-OVERLAP", "GRD-OVERLAP", "GRD-OVERLAP", "GRD-OVERLAP", "GRD-OVERLAP",
                "GRD-GAP", "GRD-GAP", "GRD-GAP", "GRD-GAP", "GRD-CONTRADICTION", "GRD-GAP", "GRD-GAP");
        assertThat(ScaleReview.scales(SampleDisclosures.kexie2019().performance())).hasSize(22);
    }
}
