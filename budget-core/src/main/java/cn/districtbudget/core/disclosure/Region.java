package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.Nullable;

/** 行政区划: province / city / district; any part may be unknown (null). */
public record Region(@Nullable String province, @Nullable String city, @Nullable String district) {

    public static final Region UNKNOWN = new Region(null, null, null);

    /** The most specific name known, e.g. {@code 山海关区}. */
    public @Nullable String shortName() {
        if (district != null) {
            return district;
        }
        return city != null ? city : province;
    }
}
