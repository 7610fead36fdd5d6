package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * 比上年增减情况: the stated changes of total, basic and project expenditure against {@code priorYear}.
 * Each change is null when the text does not state it.
 */
public record PriorYearChange(@Nullable Integer priorYear, @Nullable StatedChange total, @Nullable StatedChange basic, @Nullable StatedChange project) {

    public static final PriorYearChange NOT_STATED = new PriorYearChange(null, null, null, null);
}
