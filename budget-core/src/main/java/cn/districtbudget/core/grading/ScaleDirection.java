package cn.districtbudget.core.grading;

/** Whether better grades sit at higher values (覆盖率 95%以上) or at lower ones (投诉率 ≤1%). */
public enum ScaleDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
