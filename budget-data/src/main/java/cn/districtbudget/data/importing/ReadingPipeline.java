package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.ReadingHints;
import java.io.IOException;
import java.util.List;

/** What the importer needs from reading and checking (budget-core) and from file reading. */
public interface ReadingPipeline {

    /** A disclosure as read, with what reading found. */
    record Read(Disclosure disclosure, List<Finding> findings) {
    }

    /**
     * The text of a source: a file or upload read as its type says (.txt in UTF-8 or GB18030, .docx), a text as it
     * is. A file that cannot be read throws {@link ImportRejected} with the reader's message naming it.
     */
    String readText(DocumentSource source) throws IOException;

    /**
     * The disclosure a text states, read with what the caller knows of it (a hint overrides what the text says); a
     * text that is no disclosure throws {@link ImportRejected}.
     */
    Read read(String text, ReadingHints hints);

    /** Cross-footing findings; {@code priorYear} is the stored prior-year disclosure or null. */
    List<Finding> check(Disclosure disclosure, Disclosure priorYear);
}
