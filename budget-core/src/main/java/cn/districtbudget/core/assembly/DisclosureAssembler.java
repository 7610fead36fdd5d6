package cn.districtbudget.core.assembly;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.FixedAssets;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.Procurement;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.core.reading.FigureRecords;
import cn.districtbudget.core.reading.ReadResult;
import cn.districtbudget.core.reading.ReadingHints;
import cn.districtbudget.core.reading.ReadingRule;
import cn.districtbudget.core.reading.RegionReader;
import cn.districtbudget.core.tables.StandardTable;
import cn.districtbudget.core.tables.TableFinding;
import cn.districtbudget.core.tables.TableKind;
import cn.districtbudget.core.tables.TableReadResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One disclosure from the files that publish it. Each file's running text is read by {@link DisclosureReader}
 * (with the caller's hints and the file's own name, so every figure names its file); the first file whose text
 * states figures gives the department, year and kind, and a later file that names others is reported
 * ({@code READ-SOURCES-DIFFER}). The tables' figures ({@link TableFigures}) are added after the text's: where the
 * text states a figure the disclosure's records keep the text's, and both figures are kept with their evidence and
 * compared ({@code TBL-TEXT-MISMATCH}); a figure only a table states fills its record. A set of tables alone (a
 * spreadsheet) is a disclosure too, its department and year from the hints or the tables' titles. The text layer of
 * a file whose tables were read gives no {@code READ-UNIT-UNKNOWN} (its unit-less numbers are the table cells). Stateless and
 * thread-safe; checking against the prior year stays with {@link cn.districtbudget.core.check.DisclosureChecker}.
 */
public final class DisclosureAssembler {

    private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})\\s*年");

    private final DisclosureReader reader = new DisclosureReader();

    public AssembledDisclosure assemble(List<SourceDocument> sources, ReadingHints hints) {
        Objects.requireNonNull(hints, "hints");
        boolean several = sources.size() > 1;
        List<Finding> findings = new ArrayList<>();
        List<TableReadResult> tables = new ArrayList<>();
        Disclosure primary = null;
        String primaryFile = null;
        List<StatedFigure> textFigures = new ArrayList<>();
        for (SourceDocument source : sources) {
            boolean hasTables = source.tables() != null && !source.tables().tables().isEmpty();
            if (source.text() != null && !source.text().isBlank()) {
                ReadResult read = reader.read(source.text(),
                        new ReadingHints(hints.department(), hints.year(), hints.kind(), source.fileName()));
                // a tables file's text (its tables' words, no figure of its own) is read from its tables instead
                boolean narrative = read.isDisclosure() && !(hasTables && read.disclosure().figures().isEmpty());
                if (narrative) {
                    if (primary == null) {
                        primary = read.disclosure();
                        primaryFile = source.fileName();
                    } else {
                        findings.addAll(differences(primary, primaryFile, read.disclosure(), source.fileName()));
                    }
                    findings.addAll(inFile(withoutTableNoise(read.findings(), hasTables), source.fileName(), several));
                    addText(textFigures, read.disclosure().figures(), findings);
                } else if (!hasTables) {
                    findings.addAll(inFile(read.findings(), source.fileName(), several));
                }
            }
            if (source.tables() != null) {
                tables.add(source.tables());
                for (TableFinding finding : source.tables().findings()) {
                    findings.add(finding.toFinding());
                }
            }
        }
        List<StatedFigure> tableFigures = tableFigures(tables);
        findings.addAll(TextTableComparison.compare(textFigures, tableFigures));
        if (primary != null && tableFigures.isEmpty() && !several) {
            return new AssembledDisclosure(primary, findings, tables);
        }
        Disclosure disclosure;
        if (primary != null) {
            disclosure = combined(primary, textFigures, tableFigures);
        } else if (!tableFigures.isEmpty()) {
            disclosure = fromTables(tables, tableFigures, hints, findings);
        } else {
            disclosure = null;
        }
        return new AssembledDisclosure(disclosure, findings, tables);
    }

    /** The figures of every table in file order; a concept's first table figure is kept. */
    private static List<StatedFigure> tableFigures(List<TableReadResult> tables) {
        Map<Concept, StatedFigure> first = new EnumMap<>(Concept.class);
        List<StatedFigure> out = new ArrayList<>();
        for (TableReadResult result : tables) {
            for (StandardTable table : result.tables()) {
                for (StatedFigure figure : TableFigures.of(table)) {
                    if (first.putIfAbsent(figure.concept(), figure) == null) {
                        out.add(figure);
                    }
                }
            }
        }
        return out;
    }

    /** A later file's text figures: a concept it states otherwise than an earlier file is reported. */
    private static void addText(List<StatedFigure> figures, List<StatedFigure> more, List<Finding> findings) {
        for (StatedFigure figure : more) {
            StatedFigure earlier = figures.stream()
                    .filter(f -> f.concept() == figure.concept() && f.change() == figure.change())
                    .filter(f -> !Objects.equals(f.evidence() == null ? null : f.evidence().file(),
                            figure.evidence() == null ? null : figure.evidence().file()))
                    .findFirst().orElse(null);
            if (earlier != null && earlier.value().compareTo(figure.value()) != 0) {
                findings.add(new Finding(AssemblyRule.SOURCES_DIFFER.id(), AssemblyRule.SOURCES_DIFFER.severity(),
                        Section.DOCUMENT, figure.concept().label() + "：" + fileOf(earlier) + "写“"
                        + words(earlier) + "”，" + fileOf(figure) + "写“" + words(figure)
                        + "”，两个文件不一致", figure.evidence() == null ? null : figure.evidence().line()));
            }
            figures.add(figure);
        }
    }

    private static String words(StatedFigure figure) {
        return figure.evidence() == null ? figure.value().toPlainString() : figure.evidence().words();
    }

    private static String fileOf(StatedFigure figure) {
        return figure.evidence() == null || figure.evidence().file() == null ? "一个文件"
                : "文件" + figure.evidence().file();
    }

    private static List<Finding> differences(Disclosure first, @Nullable String firstFile, Disclosure other,
                                             String otherFile) {
        List<Finding> out = new ArrayList<>();
        StringJoiner what = new StringJoiner("，");
        String a = first.department().name();
        String b = other.department().name();
        if (a != null && b != null && !a.equals(b)) {
            what.add("部门为“" + a + "”与“" + b + "”");
        }
        if (first.hasYear() && other.hasYear() && first.year() != other.year()) {
            what.add("年度为" + first.year() + "年与" + other.year() + "年");
        }
        if (first.kind() != other.kind()) {
            what.add("类别为" + first.kind().label() + "与" + other.kind().label());
        }
        if (what.length() > 0) {
            out.add(new Finding(AssemblyRule.SOURCES_DIFFER.id(), AssemblyRule.SOURCES_DIFFER.severity(),
                    Section.DOCUMENT, "文件" + firstFile + "与文件" + otherFile + "不是同一份公开：" + what
                    + "；以文件" + firstFile + "为准"));
        }
        return out;
    }

    /**
     * The text findings of a file whose tables were read, without {@code READ-UNIT-UNKNOWN}: the numbers without
     * a unit in such a text are the table cells of its text layer, which the table reader reads with their unit.
     */
    private static List<Finding> withoutTableNoise(List<Finding> findings, boolean hasTables) {
        if (!hasTables) {
            return findings;
        }
        return findings.stream().filter(f -> !f.rule().equals(ReadingRule.UNIT_UNKNOWN.id())).toList();
    }

    private static List<Finding> inFile(List<Finding> findings, String file, boolean several) {
        if (!several) {
            return findings;
        }
        return findings.stream().map(f -> new Finding(f.rule(), f.severity(), f.section(),
                "〔" + file + "〕" + f.message(), f.line())).toList();
    }

    private static Disclosure combined(Disclosure primary, List<StatedFigure> text, List<StatedFigure> tables) {
        List<StatedFigure> all = new ArrayList<>(text);
        all.addAll(tables);
        FigureRecords records = FigureRecords.of(all, primary.hasYear() ? primary.year() : null);
        ThreePublic stated = records.threePublic();
        ThreePublic threePublic = new ThreePublic(stated.total(), stated.outboundTravel(), stated.vehicles(),
                stated.vehiclePurchase(), stated.vehicleOperation(), stated.reception(), stated.change(),
                primary.threePublic().meetingFeeRemark(), primary.threePublic().trainingFeeRemark());
        OperatingCosts operatingCosts = new OperatingCosts(records.operatingCostTotal(),
                primary.operatingCosts().items());
        return new Disclosure(primary.department(), primary.year(), primary.kind(), primary.unit(),
                records.revenue(), records.expenditure(), records.priorYearChange(), operatingCosts, threePublic,
                primary.performance(), primary.procurement(), primary.fixedAssets(), all);
    }

    private static Disclosure fromTables(List<TableReadResult> tables, List<StatedFigure> figures,
                                         ReadingHints hints, List<Finding> findings) {
        List<StandardTable> all = tables.stream().flatMap(t -> t.tables().stream()).toList();
        DisclosureKind kind = hints.kind() != null ? hints.kind()
                : all.stream().anyMatch(t -> t.kind().stage() == TableKind.Stage.FINAL) ? DisclosureKind.FINAL_ACCOUNTS
                : DisclosureKind.BUDGET;
        Integer year = hints.year() != null ? hints.year() : titleYear(all);
        String name = hints.department();
        StringJoiner missing = new StringJoiner("、");
        if (name == null) {
            missing.add("部门名称");
        }
        if (year == null) {
            missing.add("年度");
        }
        if (missing.length() > 0) {
            findings.add(new Finding(ReadingRule.IDENTITY_MISSING.id(), ReadingRule.IDENTITY_MISSING.severity(),
                    Section.DOCUMENT, "表格中没有写明" + missing + "，请在导入时补充"));
        }
        FigureRecords records = FigureRecords.of(figures, year);
        Department department = new Department(name, null, RegionReader.of(name), null, null, null, null,
                List.of());
        StandardTable first = all.stream().filter(StandardTable::hasFigures).findFirst().orElse(all.get(0));
        return new Disclosure(department, year == null ? Disclosure.YEAR_NOT_STATED : year, kind, first.unit(),
                records.revenue(), records.expenditure(), records.priorYearChange(),
                new OperatingCosts(records.operatingCostTotal(), List.of()), records.threePublic(),
                PerformanceTargets.NOT_STATED, Procurement.NOT_STATED, FixedAssets.NOT_STATED, figures);
    }

    /** The year every table title names (e.g. 2023年部门收支预算总表), when they name one and the same. */
    private static @Nullable Integer titleYear(List<StandardTable> tables) {
        TreeSet<Integer> years = new TreeSet<>();
        for (StandardTable table : tables) {
            Matcher m = TITLE_YEAR.matcher(table.title() == null ? "" : table.title());
            if (m.find()) {
                years.add(Integer.parseInt(m.group(1)));
            }
        }
        return years.size() == 1 ? years.first() : null;
    }
}
