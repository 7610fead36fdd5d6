package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Region;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The region, only from names the text gives the department itself: the title's department name
 * ({@code 山海关区科学技术协会}: district 山海关区) and the organisation table's unit names
 * ({@code 秦皇岛市山海关区科学技术协会}: city 秦皇岛市 of that district). A province or city named elsewhere,
 * such as in a cited regulation ({@code 《河北省省级预算公开办法》}), is not taken: it says which rules apply,
 * not where the department is.
 */
public final class RegionReader {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?<province>[^省市区县《》]{2,7}(?:省|自治区))?(?<city>[^省市区县《》]{2,7}(?:市|自治州|地区))?"
                    + "(?<district>[^省市区县《》]{2,7}(?:区|县|旗))?");

    private RegionReader() {
    }

    /** The region named at the start of a department's name ({@code 秦皇岛市山海关区科协} → 秦皇岛市, 山海关区). */
    public static Region of(@org.jspecify.annotations.Nullable String departmentName) {
        return departmentName == null ? Region.UNKNOWN : read(departmentName, List.of());
    }

    static Region read(String departmentName, List<String> unitNames) {
        Region region = prefix(departmentName);
        for (String unit : unitNames) {
            Region other = prefix(unit);
            boolean sameDistrict = region.district() == null || region.district().equals(other.district());
            if (!sameDistrict) {
                continue;
            }
            region = new Region(
                    region.province() != null ? region.province() : other.province(),
                    region.city() != null ? region.city() : other.city(),
                    region.district() != null ? region.district() : other.district());
        }
        return region;
    }

    private static Region prefix(String name) {
        if (name == null) {
            return Region.UNKNOWN;
        }
        // 中共上海市松江区纪律检查委员会: the party's prefix is not part of the place
        Matcher matcher = PREFIX.matcher(name.startsWith("中共") ? name.substring(2) : name);
        if (!matcher.find()) {
            return Region.UNKNOWN;
        }
        return new Region(matcher.group("province"), matcher.group("city"), matcher.group("district"));
    }
}
