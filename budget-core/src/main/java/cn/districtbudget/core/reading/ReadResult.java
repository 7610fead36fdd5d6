package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import java.util.List;

/**
 * What reading a text gave: the disclosure (null when the text is not a disclosure at all, see
 * {@link ReadingRule#NOT_DISCLOSURE}) and the reading findings (rule ids {@code READ-…}), in text order.
 */
public record ReadResult(Disclosure disclosure, List<Finding> findings) {

    public ReadResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** True when the text was recognised as a disclosure. */
    public boolean isDisclosure() {
        return disclosure != null;
    }
}
