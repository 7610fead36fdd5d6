package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/**
 * 绩效指标 with its four threshold texts (评价标准 优/良/中/差) exactly as published; a blank cell is null.
 */
public record Indicator(String name, @Nullable String excellent, @Nullable String good, @Nullable String fair, @Nullable String poor) {

    /** The threshold text for a grade. */
    public @Nullable String threshold(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case FAIR -> fair;
            case POOR -> poor;
        };
    }
}
