package cn.districtbudget.ui.cli;

import cn.districtbudget.core.assembly.AssembledDisclosure;
import cn.districtbudget.core.assembly.AssemblyRule;
import cn.districtbudget.core.assembly.DisclosureAssembler;
import cn.districtbudget.core.assembly.SourceDocument;
import cn.districtbudget.core.check.DisclosureChecker;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Severity;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.data.files.SourceFiles;
import cn.districtbudget.data.files.UnreadableDocumentException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The files {@code parse} and {@code check} read as one disclosure (one file, or the files given with
 * {@code --set}): each read by budget-data's {@link SourceFiles}, put together by core's {@link DisclosureAssembler}
 * (the texts' figures, the tables' figures, text against tables) and checked. A file nothing can be read from is an
 * {@link UnreadableDocumentException}.
 *
 * @param name       the file's name, or the names joined with {@code  + }
 * @param disclosure what the files state, or null when they state no figure
 * @param findings   reading, assembling and checking findings, without the tables' own (those are in {@code tables})
 * @param tables     the tables read, file by file (empty for texts)
 */
record ReadSet(String name, Disclosure disclosure, List<Finding> findings, List<TableReadResult> tables) {

    static ReadSet read(List<Path> files, ReadingHints hints) throws UnreadableDocumentException {
        List<SourceDocument> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(SourceFiles.read(file));
        }
        AssembledDisclosure set = new DisclosureAssembler().assemble(sources, hints);
        List<Finding> findings = new ArrayList<>(set.findings().stream().filter(ReadSet::notOfATable).toList());
        if (set.disclosure() != null) {
            findings.addAll(new DisclosureChecker().check(set.disclosure()).findings());
        }
        String name = sources.stream().map(SourceDocument::fileName).collect(Collectors.joining(" + "));
        return new ReadSet(name, set.disclosure(), findings, set.tables());
    }

    /** Table findings come with their table ({@link #tableFindings()}); the text-against-table ones stay here. */
    private static boolean notOfATable(Finding finding) {
        return !finding.rule().startsWith("TBL-") || finding.rule().equals(AssemblyRule.TEXT_TABLE_MISMATCH.id());
    }

    /** True when the files state figures in their tables only (a spreadsheet, a tables-only PDF). */
    boolean tablesOnly() {
        return disclosure != null && !disclosure.figures().isEmpty()
                && disclosure.figures().stream().allMatch(f -> f.evidence() != null && f.evidence().fromTable());
    }

    boolean hasTables() {
        return !tables.isEmpty();
    }

    int tableCount() {
        return tables.stream().mapToInt(t -> t.tables().size()).sum();
    }

    int tableFigureCount() {
        return tables.stream().mapToInt(TableReadResult::figureCount).sum();
    }

    boolean blankTemplate() {
        return !tables.isEmpty() && tables.stream().allMatch(TableReadResult::blankTemplate);
    }

    /** The tables' own findings as findings of the document (place appended to the message). */
    List<Finding> tableFindings() {
        return tables.stream().flatMap(t -> t.findings().stream()).map(TableFinding::toFinding).toList();
    }

    List<Finding> allFindings() {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(tableFindings());
        return all;
    }

    boolean hasErrors() {
        return allFindings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** e.g. {@code 江苏省政协办公厅 2017年 部门预算}, saying what the files do not state. */
    String identity() {
        String department = disclosure.department().name() == null ? "（部门未写明）" : disclosure.department().name();
        String year = disclosure.hasYear() ? disclosure.year() + "年" : "（年度未写明）";
        return department + " " + year + " " + disclosure.kind().label();
    }
}
