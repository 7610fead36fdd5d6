package cn.districtbudget.core.disclosure;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How two mentions of a department are told to be the same one: the one home of the match policy (issue 13), used by
 * the store, the performance-table import and the importer's batch threading.
 * <ul>
 *   <li>By 编码 first: when both state a budget unit code, the same (trimmed) code is the same department.</li>
 *   <li>Else by normalised name: NFKC (full-width letters, digits and spaces to half-width), without white space,
 *   punctuation or symbols, so {@code 山海关区 科学技术协会}, {@code 山海关区科学技术协会} and
 *   {@code 山海关区（科学技术协会）} are one name.</li>
 * </ul>
 * Traditional characters are not converted here: the reader turns a traditional text into simplified before it takes
 * names from it, and the stored keys ({@code department.normalized_name}) were made without conversion.
 * A name is compared within its region; a region's key is {@link #regionKey(Region)}.
 */
public record DepartmentKey(@Nullable String code, String name) {

    private static final Pattern IGNORED = Pattern.compile("[\\s\\p{P}\\p{S}]");

    /** {@code code} trimmed (null when blank), {@code name} normalised ({@code ""} when null). */
    public DepartmentKey {
        code = code == null || code.isBlank() ? null : code.strip();
        name = normalise(name);
    }

    public static DepartmentKey of(Department department) {
        return new DepartmentKey(department.code(), normalise(department.name()));
    }

    /** The same department: equal codes when both state one, else equal normalised names (never two empty names). */
    public boolean sameDepartment(DepartmentKey other) {
        if (code != null && other.code != null) {
            return code.equals(other.code);
        }
        return !name.isEmpty() && name.equals(other.name);
    }

    /** The name as compared: NFKC, without white space, punctuation or symbols; {@code ""} for null. */
    public static String normalise(@Nullable String name) {
        if (name == null) {
            return "";
        }
        return IGNORED.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A region as compared: its province, city and district names normalised, {@code |}-separated. */
    public static String regionKey(Region region) {
        return normalise(region.province()) + "|" + normalise(region.city()) + "|" + normalise(region.district());
    }
}
