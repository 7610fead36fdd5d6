package cn.districtbudget.data.performance;

import cn.districtbudget.core.grading.GradingScale;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks the rows of a results file against the region's departments and their current indicator tables. */
final class ResultImport {

    private final IndicatorTable table;

    ResultImport(IndicatorTable table) {
        this.table = table;
    }

    /** A row that can be stored. */
    record Good(int line, ResultKey key, BigDecimal value) {
    }

    /** The rows that can be stored and the bad ones, in file order. */
    record Checked(List<Good> good, List<RowProblem> problems) {
    }

    Checked check(long regionId, List<ResultLine> lines) {
        Map<String, Optional<Long>> departments = new HashMap<>();
        Map<String, Optional<Table>> tables = new HashMap<>();
        Map<ResultKey, Integer> seen = new HashMap<>();
        List<Good> good = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ResultLine line : lines) {
            try {
                Good row = checkLine(regionId, line, departments, tables);
                Integer earlier = seen.putIfAbsent(row.key(), line.line());
                if (earlier != null) {
                    throw new BadRow("与第" + earlier + "行是同一指标（" + row.key().indicatorName() + "），不能重复");
                }
                good.add(row);
            } catch (BadRow | InvalidResultValueException bad) {
                problems.add(new RowProblem(line.line(), bad.getMessage()));
            }
        }
        return new Checked(good, problems);
    }

    private Good checkLine(long regionId, ResultLine line, Map<String, Optional<Long>> departments,
                           Map<String, Optional<Table>> tables) {
        if (line.department().isBlank()) {
            throw new BadRow("缺少部门编码或名称");
        }
        long department = departments.computeIfAbsent(line.department(), d -> table.department(regionId, d))
                .orElseThrow(() -> new BadRow("本地区没有编码或名称为“" + line.department() + "”的部门"));
        int year = year(line.year());
        Table indicators = tables.computeIfAbsent(department + "/" + year, k -> table.head(department, year)
                        .map(h -> new Table(h, table.entries(h.disclosureId()))))
                .orElseThrow(() -> new BadRow("部门“" + line.department() + "”没有" + year + "年度的预算公开，无指标可填"));
        if (line.indicator().isBlank()) {
            throw new BadRow("缺少指标名称");
        }
        List<IndicatorTable.Entry> named = indicators.entries().stream()
                .filter(e -> same(e.indicator().name(), line.indicator()))
                .filter(e -> line.activity().isBlank() || same(e.activity(), line.activity()))
                .toList();
        if (named.isEmpty()) {
            throw new BadRow(year + "年度预算公开中没有指标“" + line.indicator() + "”"
                    + (line.activity().isBlank() ? "" : "（工作活动“" + line.activity() + "”）"));
        }
        if (named.size() > 1) {
            throw new BadRow("指标“" + line.indicator() + "”出现在多个工作活动中（"
                    + named.stream().map(IndicatorTable.Entry::activity).collect(Collectors.joining("、"))
                    + "），请填写工作活动列");
        }
        IndicatorTable.Entry entry = named.get(0);
        if (line.value().isBlank()) {
            throw new BadRow("实际值为空");
        }
        BigDecimal value;
        try {
            value = ResultValues.parse(line.value(), GradingScale.of(entry.indicator()));
        } catch (InvalidResultValueException e) {
            throw new BadRow("实际值" + e.getMessage());
        }
        return new Good(line.line(), entry.key(department, year), value);
    }

    private static int year(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceFirst("年(度)?$", "");
        if (s.matches("\\d{4}")) {
            int year = Integer.parseInt(s);
            if (year >= 1990 && year <= 2100) {
                return year;
            }
        }
        throw new BadRow(text.isBlank() ? "缺少年度" : "年度“" + text + "”无效");
    }

    private static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }

    private record Table(IndicatorTable.Head head, List<IndicatorTable.Entry> entries) {
    }

    private static final class BadRow extends RuntimeException {
        BadRow(String message) {
            super(message, null, false, false);
        }
    }
}
