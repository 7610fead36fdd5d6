package cn.districtbudget.data.importing;

import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.core.tables.TableReadResult;
import java.io.IOException;
import java.util.List;

/** What the importer needs from reading and checking (budget-core) and from file reading. */
public interface ReadingPipeline {

    /** A disclosure as read from its files, with what reading found and the tables of each file (file order). */
    record Read(Disclosure disclosure, List<Finding> findings, List<TableReadResult> tables) {

        public Read {
            findings = List.copyOf(findings);
            tables = List.copyOf(tables);
        }

        /** A disclosure read from a text without tables. */
        public Read(Disclosure disclosure, List<Finding> findings) {
            this(disclosure, findings, List.of());
        }
    }

    /**
     * A source as its readers give it: a file or upload read as its type says (.txt in UTF-8 or GB18030, .docx, .pdf
     * with a text layer: the text; .pdf, .xlsx, .xls, .docx: the standard tables), a text as it is. A file that cannot
     * be read throws {@link ImportRejected} with the reader's message naming it.
     */
    SourceDocument readDocument(DocumentSource source) throws IOException;

    /**
     * The one disclosure the documents state together, read with what the caller knows of them (a hint overrides what
     * the documents say); documents that state no disclosure throw {@link ImportRejected}.
     */
    Read read(List<SourceDocument> documents, ReadingHints hints);

    /** Cross-footing findings; {@code priorYear} is the stored prior-year disclosure or null. */
    List<Finding> check(Disclosure disclosure, Disclosure priorYear);
}
