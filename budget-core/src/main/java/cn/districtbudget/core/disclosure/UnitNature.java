package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/** 单位性质: administrative unit (行政) or public institution (事业). */
public enum UnitNature {
    ADMINISTRATIVE("行政"),
    PUBLIC_INSTITUTION("事业");

    private final String label;

    UnitNature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The nature named by published text such as {@code 行政} or {@code 事业}; null when not recognised. */
    public static @Nullable UnitNature fromText(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        if (t.startsWith("行政") || t.contains("参公")) {
            return ADMINISTRATIVE;
        }
        if (t.startsWith("事业") || t.contains("事业单位")) {
            return PUBLIC_INSTITUTION;
        }
        return null;
    }
}
