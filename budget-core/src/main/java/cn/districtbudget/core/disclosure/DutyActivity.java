package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.util.List;

/**
 * 职责活动 (e.g. {@code 七、科技政务管理}): its budget (年度预算数, null when the cell is blank), content,
 * goal and the work activities under it, which carry the indicators.
 */
public record DutyActivity(String name, @Nullable Money budget, @Nullable String content, @Nullable String goal, List<WorkActivity> work) {

    public DutyActivity {
        work = work == null ? List.of() : List.copyOf(work);
    }

    /** All indicators of this activity, in published order. */
    public List<Indicator> indicators() {
        return work.stream().flatMap(w -> w.indicators().stream()).toList();
    }
}
