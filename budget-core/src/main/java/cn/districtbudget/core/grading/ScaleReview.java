package cn.districtbudget.core.grading;

import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.finding.Finding;
import java.util.List;

/** The grading scales of a whole performance table, and all their findings, in published order. */
public final class ScaleReview {

    private ScaleReview() {
    }

    public static List<GradingScale> scales(PerformanceTargets targets) {
        return targets.indicators().stream().map(GradingScale::of).toList();
    }

    /** Every scale finding of the table (GRD-* rules), indicator by indicator. */
    public static List<Finding> findings(PerformanceTargets targets) {
        return scales(targets).stream().flatMap(s -> s.findings().stream()).toList();
    }
}
