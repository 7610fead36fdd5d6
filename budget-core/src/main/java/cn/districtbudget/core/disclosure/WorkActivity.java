package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.util.List;

/** 工作活动: a line under a duty activity (e.g. {@code 1、综合事务管理}) with its budget, content, goal and indicators. */
public record WorkActivity(String name, @Nullable Money budget, @Nullable String content, @Nullable String goal, List<Indicator> indicators) {

    public WorkActivity {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
