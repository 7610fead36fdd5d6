package cn.districtbudget.ui.cli;

import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.data.files.SourceFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file read for {@code parse} and {@code check}: its running text through the text reader and checker (.txt,
 * .docx, the text layer of a .pdf), its standard tables through the table reader (.pdf, .xlsx, .xls, .docx), both
 * read by budget-data's {@link SourceFiles}.
 * A file with tables whose text is not a disclosure (a tables-only PDF, a spreadsheet) is a tables file: the text
 * reader's findings are not reported for it. A file nothing can be read from is an {@link UnreadableDocumentException}.
 *
 * @param disclosure the disclosure of the text, or null
 * @param findings   the reading and checking findings of the text (empty for a tables file)
 * @param tables     the tables read and checked (null for .txt)
 */
record ReadFile(String name, Disclosure disclosure, List<Finding> findings, TableReadResult tables) {

    static ReadFile read(Path file) throws UnreadableDocumentException {
        SourceDocument content = SourceFiles.read(file);
        TableReadResult tables = content.tables();
        if (content.text() == null) {
            return new ReadFile(content.fileName(), null, List.of(), tables);
        }
        ReadResult text = new DisclosureReader().read(content.text());
        if (!text.isDisclosure()) {
            boolean tablesFile = tables != null && !tables.tables().isEmpty();
            return new ReadFile(content.fileName(), null, tablesFile ? List.of() : text.findings(), tables);
        }
        List<Finding> findings = new ArrayList<>(text.findings());
        findings.addAll(new DisclosureChecker().check(text.disclosure()).findings());
        return new ReadFile(content.fileName(), text.disclosure(), findings, tables);
    }

    /** True when the file has tables but its text is no disclosure (nothing to report from the text). */
    boolean tablesOnly() {
        return disclosure == null && tables != null && !tables.tables().isEmpty();
    }

    /** The table findings as findings of the document (place appended to the message). */
    List<Finding> tableFindings() {
        return tables == null ? List.of() : tables.findings().stream().map(TableFinding::toFinding).toList();
    }

    /** Text and table findings together. */
    List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(tableFindings());
        return all;
    }

    boolean hasErrors() {
        return allFindings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
