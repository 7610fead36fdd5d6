package cn.districtbudget.data.files;

import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.tables.TableReader;
import java.nio.file.Path;

/**
 * A file as the readers give it to {@link cn.districtbudget.core.assembly.DisclosureAssembler}: its running text
 * ({@link DocumentFiles}: .txt, .docx, the text layer of a .pdf; none for .xlsx/.xls) and its standard tables
 * ({@link TableReader}: .pdf, .xlsx, .xls, .docx). The one home of "which reader reads which file", used by the importer
 * and by the command line's {@code parse} and {@code check}. A file nothing can be read from (a scan, an encrypted,
 * broken or too large PDF, a broken spreadsheet or zip bomb) is an {@link UnreadableDocumentException} naming it.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    public static SourceDocument read(Path path) throws UnreadableDocumentException {
        return of(DocumentFiles.read(path));
    }

    public static SourceDocument read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        return of(DocumentFiles.read(fileName, bytes));
    }

    private static SourceDocument of(DocumentFiles.DocumentContent content) throws UnreadableDocumentException {
        TableReadResult tables = null;
        if (content.mayHoldTables()) {
            tables = TableReader.read(content.fileName(), content.bytes());
            if (tables.unreadable() && content.text() == null) {
                TableFinding why = tables.findings().stream().filter(f -> f.rule().startsWith("TBL-FILE"))
                        .findFirst().orElseThrow();
                throw new UnreadableDocumentException(content.fileName(), why.message() + "（" + why.rule() + "）",
                        "the tables cannot be read");
            }
        }
        return new SourceDocument(content.fileName(), content.text(), tables);
    }
}
