package cn.districtbudget.core.disclosure;

/**
 * 绩效指标 with its four threshold texts (评价标准 优/良/中/差) exactly as published; a blank cell is null.
 */
public record Indicator(String name, String excellent, String good, String fair, String poor) {

    /** The threshold text for a grade. */
    public String threshold(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case FAIR -> fair;
            case POOR -> poor;
        };
    }
}
