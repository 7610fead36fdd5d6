package cn.districtbudget.data.performance;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded change of a result: old and new value (null = none) and grade, who, when, from where. */
public record ResultChange(
        BigDecimal oldValue,
        BigDecimal newValue,
        String oldGrade,
        String newGrade,
        ResultSource source,
        String changedBy,
        Instant changedAt) {
}
