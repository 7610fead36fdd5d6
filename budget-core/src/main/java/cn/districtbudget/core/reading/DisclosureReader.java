package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import cn.districtbudget.core.money.MoneyUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Reads the published text of a 部门预算公开说明 / 部门决算公开说明 into a {@link Disclosure}.
 * It never invents a figure: what it cannot read stays absent (null) and is reported as a {@code READ-…}
 * finding with the 1-based line it came from. It never throws, whatever the input, and holds no state,
 * so one instance may serve many threads. See docs/reading.md for what it accepts.
 */
public final class DisclosureReader {

    public ReadResult read(String text) {
        return read(text, ReadingHints.NONE);
    }

    /**
     * Reads a text with what the caller knows of it: a non-null department, year or kind in the hints overrides
     * what the text says; the file name goes into every figure's evidence.
     */
    public ReadResult read(String text, ReadingHints hints) {
        try {
            return readChecked(text == null ? "" : text, hints == null ? ReadingHints.NONE : hints);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult(null, List.of(ReadingRule.INTERNAL_ERROR.finding(Section.DOCUMENT,
                    "读取时出现内部错误（" + e.getClass().getSimpleName() + "），未读取任何内容", null)));
        }
    }

    private static final Pattern CONTENT = Pattern.compile(
            "预算|决算|三公|机关运行经费|政府采购|收入合计|支出合计|收入总计|支出总计");

    /** A table's amount cell: with thousands separators (4,611,907.36) or exactly two decimals (1090.66). */
    private static final Pattern AMOUNT_CELL = Pattern.compile(
            "(?<![\\d.,，])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,12}\\.\\d{2})(?![\\d.,%])");

    /**
     * The text states amounts: a number in 元 / 万元 / 亿元, or an amount cell of a flattened table. Such a text is never
     * refused as no disclosure, even when none of its amounts could be placed (decision 0013).
     */
    private static boolean statesAmounts(SourceText source) {
        for (int number = 1; number <= source.size(); number++) {
            String line = source.line(number);
            for (NumberScan.Match value : NumberScan.values(line)) {
                if (MoneyUnit.fromLabel(value.unit()) != null) {
                    return true;
                }
            }
            if (AMOUNT_CELL.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    private ReadResult readChecked(String text, ReadingHints hints) {
        SourceText source = SourceText.of(text);
        ReadingContext context = new ReadingContext(source);
        Identity identity = Identity.find(source, hints);
        DisclosureKind kind = identity.kind() != null ? identity.kind() : DisclosureKind.BUDGET;
        List<StatedFigure> figures = ConceptReader.read(context, kind, identity.year(), hints.fileName());
        Title title = identity.title();
        Layout layout = title == null ? null : Layout.of(source, title.line());
        boolean districtLayout = layout != null && layout.partCount() >= 3;
        boolean unplaced = figures.isEmpty() && (context.hasUnplacedAmounts() || statesAmounts(source));
        if (figures.isEmpty() && !districtLayout && !unplaced) {
            Identity named = Identity.find(source, ReadingHints.NONE); // what the text itself says, not the hints
            context.report(ReadingRule.NOT_DISCLOSURE, Section.DOCUMENT, titledWithoutFigures(named)
                    ? "文本是“" + named.department() + named.year() + "年" + (named.kind() == DisclosureKind.FINAL_ACCOUNTS
                    ? "部门决算" : "部门预算") + "”的标题或目录，但没有写明任何数字（可能只是目录页，或页面在数字之前被截断），"
                    + "未读取：请导入含数字的正文或表格文件"
                    : mentionsBudget(source)
                    ? "文本提到预算或决算，但没有写明任何收入、支出、“三公”经费等数字，不是部门预算或决算公开内容"
                    : "文本中没有任何部门预算或决算的内容（收入、支出、“三公”经费等），不是部门预算或决算公开文本", null);
            return new ReadResult(null, context.findings());
        }
        if (unplaced) {
            context.report(ReadingRule.FIGURE_MISSING, Section.DOCUMENT,
                    "文本写有金额，但没有一项能确定其含义" + (context.hasUnplacedAmounts() ? "（见本文其他提示）" : "")
                    + "，未读取任何数字：请核对原文，或导入其表格文件", null);
        }
        reportMissingIdentity(context, identity, figures.isEmpty());
        if (districtLayout) {
            reportMissingParts(context, layout);
        }
        FigureRecords records = FigureRecords.of(figures, identity.year());
        Department department;
        OperatingCosts operatingCosts = new OperatingCosts(records.operatingCostTotal(), List.of());
        ThreePublic threePublic = records.threePublic();
        PerformanceTargets performance = PerformanceTargets.NOT_STATED;
        var procurement = cn.districtbudget.core.disclosure.Procurement.NOT_STATED;
        var fixedAssets = cn.districtbudget.core.disclosure.FixedAssets.NOT_STATED;
        String code = null;
        if (districtLayout) {
            Title named = identity.department() == null ? title
                    : new Title(identity.department(), title.year(), title.kind(), title.line());
            department = DepartmentReader.read(context, named, layout.range(Part.DEPARTMENT));
            ReadingContext scratch = new ReadingContext(source);
            OperatingCosts items = OperatingCostsReader.read(scratch, layout.range(Part.OPERATING_COSTS));
            operatingCosts = new OperatingCosts(records.operatingCostTotal(), items.items());
            ThreePublic remarks = ThreePublicReader.read(scratch, layout.range(Part.THREE_PUBLIC));
            threePublic = new ThreePublic(threePublic.total(), threePublic.outboundTravel(), threePublic.vehicles(),
                    threePublic.vehiclePurchase(), threePublic.vehicleOperation(), threePublic.reception(),
                    threePublic.change(), remarks.meetingFeeRemark(), remarks.trainingFeeRemark());
            PerformanceReader performanceReader = new PerformanceReader(context);
            performance = performanceReader.read(layout.range(Part.PERFORMANCE));
            code = performanceReader.departmentCode();
            procurement = ProcurementReader.read(context, layout.range(Part.PROCUREMENT));
            fixedAssets = FixedAssetsReader.read(context, layout.range(Part.FIXED_ASSETS));
            reportMissing(context, layout, Part.OVERALL, records.revenue().total() == null, Section.REVENUE, "收入合计");
            reportMissing(context, layout, Part.OVERALL, records.expenditure().total() == null, Section.EXPENDITURE,
                    "支出合计");
            reportMissing(context, layout, Part.OPERATING_COSTS, operatingCosts.total() == null,
                    Section.OPERATING_COSTS, "机关运行经费合计");
            reportMissing(context, layout, Part.THREE_PUBLIC, threePublic.total() == null,
                    Section.THREE_PUBLIC, "“三公”经费合计");
        } else {
            String name = identity.department();
            department = new Department(name, null, RegionReader.read(name, List.of()), null, null, null, null,
                    List.of());
        }
        Department withCode = new Department(department.name(), code, department.region(),
                department.nature(), department.rank(), department.fundingForm(), department.duties(),
                department.organisation());
        int year = identity.year() == null ? Disclosure.YEAR_NOT_STATED : identity.year();
        Disclosure disclosure = new Disclosure(withCode, year, kind, context.publishedUnit(),
                records.revenue(), records.expenditure(), records.priorYearChange(), operatingCosts, threePublic,
                performance, procurement, fixedAssets, figures);
        List<Finding> findings = new ArrayList<>(context.findings());
        findings.sort(Comparator.comparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ReadResult(disclosure, findings);
    }

    /** The text names a department, a year and a kind (a title or a table of contents) but no figure at all. */
    private static boolean titledWithoutFigures(Identity identity) {
        return identity.department() != null && identity.year() != null && identity.kind() != null;
    }

    private static boolean mentionsBudget(SourceText source) {
        for (int number = 1; number <= source.size(); number++) {
            if (CONTENT.matcher(source.line(number)).find()) {
                return true;
            }
        }
        return false;
    }

    private static void reportMissingIdentity(ReadingContext context, Identity identity, boolean noFigures) {
        StringJoiner missing = new StringJoiner("、");
        if (identity.department() == null) {
            missing.add("部门名称");
        }
        if (identity.year() == null) {
            missing.add("年度");
        }
        if (identity.kind() == null) {
            missing.add("预算或决算");
        }
        if (missing.length() > 0) {
            context.report(ReadingRule.IDENTITY_MISSING, Section.DOCUMENT,
                    "文本未写明" + missing + (noFigures ? "" : "，已读取其中的数字") + "；请在导入时补充", null);
        }
    }

    /** Parts missing before the last part found are missing; parts missing after it mean the text was cut off. */
    private static void reportMissingParts(ReadingContext context, Layout layout) {
        Part last = null;
        for (Part part : Part.values()) {
            if (layout.has(part)) {
                last = part;
            }
        }
        boolean truncated = !layout.has(Part.GLOSSARY) && !layout.has(Part.OTHER);
        StringJoiner cutOff = new StringJoiner("、");
        for (Part part : Part.values()) {
            if (layout.has(part)) {
                continue;
            }
            if (truncated && part.ordinal() > last.ordinal()) {
                cutOff.add("“" + part.label() + "”");
            } else if (part.carriesFigures()) {
                Integer expectedAt = nextHeading(layout, part);
                context.report(ReadingRule.SECTION_MISSING, part.section(),
                        "未找到“" + part.label() + "”部分（应在第" + expectedAt + "行之前）", expectedAt);
            }
        }
        if (truncated) {
            int lastLine = lastNonBlankLine(context.source());
            context.report(ReadingRule.TRUNCATED, Section.DOCUMENT,
                    "文本在第" + lastLine + "行后中断，缺少" + cutOff + "，读到的内容不完整", lastLine);
        }
    }

    /** The heading line of the first part present after {@code missing}: where the missing part should have been. */
    private static Integer nextHeading(Layout layout, Part missing) {
        for (Part part : Part.values()) {
            if (part.ordinal() > missing.ordinal() && layout.has(part)) {
                return layout.range(part).heading();
            }
        }
        return layout.lastLine();
    }

    private static int lastNonBlankLine(SourceText source) {
        for (int number = source.size(); number >= 1; number--) {
            if (!SourceText.isBlank(source.line(number))) {
                return number;
            }
        }
        return 1;
    }

    private static void reportMissing(ReadingContext context, Layout layout, Part part, boolean missing,
                                      Section section, String what) {
        if (missing && layout.has(part)) {
            context.report(ReadingRule.FIGURE_MISSING, section, "“" + part.label() + "”部分未找到" + what,
                    layout.range(part).heading());
        }
    }
}
