package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/** 经费保障形式: how the unit is funded. */
public enum FundingForm {
    FISCAL_APPROPRIATION("财政拨款"),
    FISCAL_SUBSIDY("财政补助"),
    SELF_FUNDED("自收自支");

    private final String label;

    FundingForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The form named by published text; null when not recognised. */
    public static @Nullable FundingForm fromText(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (FundingForm form : values()) {
            if (text.contains(form.label)) {
                return form;
            }
        }
        if (text.contains("差额") || text.contains("补助")) {
            return FISCAL_SUBSIDY;
        }
        return null;
    }
}
