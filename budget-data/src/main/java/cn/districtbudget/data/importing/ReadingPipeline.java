package cn.districtbudget.data.importing;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;

/** What the importer needs from reading and checking (budget-core) and from file reading. */
public interface ReadingPipeline {

    /** A disclosure as read, with what reading found. */
    record Read(Disclosure disclosure, List<Finding> findings) {
    }

    /** The text of a .txt (UTF-8 or GB18030) or .docx file; a file that cannot be read throws with the reason. */
    String readText(Path file) throws java.io.IOException;

    /** The text of uploaded bytes of a file named {@code fileName}. */
    String readText(String fileName, byte[] content) throws java.io.IOException;

    Read read(String text);

    /** As {@link #read(String)} with what the caller knows of the text (a hint overrides what the text says). */
    default Read read(String text, cn.districtbudget.core.reading.ReadingHints hints) {
        return read(text);
    }

    /** Cross-footing findings; {@code priorYear} is the stored prior-year disclosure or null. */
    List<Finding> check(Disclosure disclosure, Disclosure priorYear);
}
