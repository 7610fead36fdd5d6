package cn.districtbudget.data.store;

import cn.districtbudget.core.disclosure.Region;
import java.text.Normalizer;

/** Keys for matching: normalised department names and region keys. */
final class Names {

    private Names() {
    }

    /** NFKC (full-width to half-width), without white space or punctuation: 山海关区 科学技术协会 = 山海关区科学技术协会. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return nfkc.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }

    static String regionKey(Region region) {
        return normalise(region.province()) + "|" + normalise(region.city()) + "|" + normalise(region.district());
    }

    static String regionName(Region region) {
        String name = region.shortName();
        return name == null ? "未知地区" : name;
    }
}
