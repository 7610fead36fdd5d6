package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

import cn.districtbudget.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 固定资产占用情况: as of {@code asOf}, the total (资产总额) count and value and the categories.
 * Buildings are counted by area (平方米): their figure is in {@code area}, not {@code count}.
 */
public record FixedAssets(@Nullable LocalDate asOf, @Nullable Integer totalCount, @Nullable Money totalValue, List<Category> categories) {

    public static final FixedAssets NOT_STATED = new FixedAssets(null, null, null, List.of());

    public FixedAssets {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** One category row (房屋, 车辆, 单价在20万元以上设备, 其他固定资产, …); blank cells are null. */
    public record Category(String name, @Nullable Integer count, BigDecimal area, @Nullable Money value) {
    }
}
