package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.grading.ScaleIssue;
import java.util.Arrays;
import java.util.List;

/**
 * The grading-scale rules (GRD-*): one catalogue rule per {@link ScaleIssue.Kind}, failing with one finding per
 * indicator whose four thresholds (优/良/中/差) have that issue. A table without indicators is insufficient data.
 */
final class GradingRules {

    private static final String TITLE_PREFIX = "评价标准";

    private GradingRules() {
    }

    static List<Rule> rules() {
        return Arrays.stream(ScaleIssue.Kind.values()).map(GradingRules::rule).toList();
    }

    private static Rule rule(ScaleIssue.Kind kind) {
        RuleDescription description = new RuleDescription(kind.ruleId(), kind.severity(),
                List.of(Section.PERFORMANCE), TITLE_PREFIX + title(kind), description(kind));
        return Rule.of(description, context -> {
            if (context.disclosure().performance().indicators().isEmpty()) {
                return List.of(Verdict.missing("绩效目标表未列绩效指标"));
            }
            List<Verdict> failures = context.scaleIssues().stream()
                    .filter(issue -> issue.kind() == kind)
                    .map(issue -> (Verdict) Verdict.fail(issue.toFinding().message()))
                    .toList();
            return failures.isEmpty() ? List.of(Verdict.PASS) : failures;
        });
    }

    private static String title(ScaleIssue.Kind kind) {
        return switch (kind) {
            case GAP -> "无断档";
            case OVERLAP -> "无重叠";
            case CONTRADICTION -> "不自相矛盾";
            case ORDER -> "等级顺序正确";
            case UNPARSEABLE -> "可解析为数值区间";
            case MIXED_UNITS -> "单位一致";
        };
    }

    private static String description(ScaleIssue.Kind kind) {
        return switch (kind) {
            case GAP -> "每个可能的指标值都应属于某一等级（优/良/中/差之间无空档）。";
            case OVERLAP -> "同一指标值不应同时属于两个等级。";
            case CONTRADICTION -> "较差等级不应无限延伸到较好等级的取值范围。";
            case ORDER -> "较差等级的门槛不应达到或超过较好等级的门槛。";
            case UNPARSEABLE -> "每个评价标准都应能读作数值区间（如95%以上、≥6次、<60%）。";
            case MIXED_UNITS -> "同一指标的四个评价标准单位应一致。";
        };
    }
}
