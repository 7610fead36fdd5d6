package cn.districtbudget.core.disclosure;

/**
 * 比上年增减情况: the stated changes of total, basic and project expenditure against {@code priorYear}.
 * Each change is null when the text does not state it.
 */
public record PriorYearChange(Integer priorYear, StatedChange total, StatedChange basic, StatedChange project) {

    public static final PriorYearChange NOT_STATED = new PriorYearChange(null, null, null, null);
}
