package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Department;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.OperatingCosts;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.Revenue;
import cn.districtbudget.core.disclosure.ThreePublic;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.finding.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads the published text of a 部门预算公开说明 / 部门决算公开说明 into a {@link Disclosure}.
 * It never invents a figure: what it cannot read stays absent (null) and is reported as a {@code READ-…}
 * finding with the 1-based line it came from. It never throws, whatever the input, and holds no state,
 * so one instance may serve many threads. See docs/reading.md for what it accepts.
 */
public final class DisclosureReader {

    public ReadResult read(String text) {
        try {
            return readChecked(text == null ? "" : text);
        } catch (RuntimeException | StackOverflowError e) {
            return new ReadResult(null, List.of(ReadingRule.INTERNAL_ERROR.finding(Section.DOCUMENT,
                    "读取时出现内部错误（" + e.getClass().getSimpleName() + "），未读取任何内容", null)));
        }
    }

    private ReadResult readChecked(String text) {
        SourceText source = SourceText.of(text);
        ReadingContext context = new ReadingContext(source);
        Title title = Title.find(source);
        if (title == null) {
            context.report(ReadingRule.NOT_DISCLOSURE, Section.DOCUMENT,
                    "未找到“××部门××年部门预算（决算）公开说明”标题，不是部门预算或决算公开文本", null);
            return new ReadResult(null, context.findings());
        }
        Layout layout = Layout.of(source, title.line());
        if (layout.isEmpty()) {
            context.report(ReadingRule.NOT_DISCLOSURE, Section.DOCUMENT,
                    "有标题“" + SourceText.strip(source.line(title.line())) + "”，但没有任何“一、部门职责及机构设置情况”等章节，不是公开说明正文",
                    title.line());
            return new ReadResult(null, context.findings());
        }
        reportMissingParts(context, layout);

        Department department = DepartmentReader.read(context, title, layout.range(Part.DEPARTMENT));
        OverallReader overall = new OverallReader(context, layout.range(Part.OVERALL), title.year());
        Revenue revenue = overall.revenue();
        Expenditure expenditure = overall.expenditure();
        var priorYearChange = overall.priorYearChange();
        OperatingCosts operatingCosts = OperatingCostsReader.read(context, layout.range(Part.OPERATING_COSTS));
        ThreePublic threePublic = ThreePublicReader.read(context, layout.range(Part.THREE_PUBLIC));
        PerformanceReader performanceReader = new PerformanceReader(context);
        PerformanceTargets performance = performanceReader.read(layout.range(Part.PERFORMANCE));
        var procurement = ProcurementReader.read(context, layout.range(Part.PROCUREMENT));
        var fixedAssets = FixedAssetsReader.read(context, layout.range(Part.FIXED_ASSETS));

        reportMissing(context, layout, Part.OVERALL, revenue.total() == null, Section.REVENUE, "收入合计");
        reportMissing(context, layout, Part.OVERALL, expenditure.total() == null, Section.EXPENDITURE, "支出合计");
        reportMissing(context, layout, Part.OPERATING_COSTS, operatingCosts.total() == null,
                Section.OPERATING_COSTS, "机关运行经费合计");
        reportMissing(context, layout, Part.THREE_PUBLIC, threePublic.total() == null,
                Section.THREE_PUBLIC, "“三公”经费合计");

        Department withCode = new Department(department.name(), performanceReader.departmentCode(), department.region(),
                department.nature(), department.rank(), department.fundingForm(), department.duties(),
                department.organisation());
        Disclosure disclosure = new Disclosure(withCode, title.year(), title.kind(), context.publishedUnit(),
                revenue, expenditure, priorYearChange, operatingCosts, threePublic, performance, procurement, fixedAssets);
        List<Finding> findings = new ArrayList<>(context.findings());
        findings.sort(Comparator.comparing(Finding::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new ReadResult(disclosure, findings);
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
