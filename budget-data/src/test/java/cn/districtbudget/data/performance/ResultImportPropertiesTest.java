package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any file mixing good rows and rows with one defect each, every bad row is reported with its own line number
 * (header = line 1) and exactly the good rows are kept for storing.
 */
class ResultImportPropertiesTest {

    private static final List<String> INDICATORS = List.of("完成率", "满意度", "覆盖率", "及时率", "达标率", "知晓率");

    /** Two departments (101, 102), each with a 2023 table of the six indicators; no database. */
    private static final IndicatorTable TABLE = new IndicatorTable(null) {
        @Override
        Optional<Head> head(long departmentId, int year) {
            return year == 2023 ? Optional.of(new Head(departmentId * 10, departmentId, "部门" + departmentId,
                    String.valueOf(departmentId), 1, year)) : Optional.empty();
        }

        @Override
        List<Entry> entries(long disclosureId) {
            return INDICATORS.stream().map(n -> new Entry("1、工作", new Indicator(n, "≥95%", "≥90%", "≥80%", "<80%")))
                    .toList();
        }

        @Override
        Optional<Long> department(long regionId, String codeOrName) {
            return codeOrName.equals("101") || codeOrName.equals("102")
                    ? Optional.of(Long.parseLong(codeOrName)) : Optional.empty();
        }
    };

    enum Defect { NONE, DEPARTMENT, YEAR, INDICATOR, VALUE, UNIT, EMPTY_VALUE }

    @Property
    void badRowsAreReportedWithTheirLineNumbersAndOnlyGoodRowsAreKept(@ForAll("rows") List<Defect> defects) {
        List<ResultLine> lines = new ArrayList<>();
        List<Integer> badLines = new ArrayList<>();
        int goodRows = 0;
        for (int i = 0; i < defects.size(); i++) {
            int line = i + 2;
            String department = i % 2 == 0 ? "101" : "102";
            String indicator = INDICATORS.get(i / 2); // each (department, indicator) once: at most 12 rows
            Defect defect = defects.get(i);
            lines.add(new ResultLine(line,
                    defect == Defect.DEPARTMENT ? "999" : department,
                    defect == Defect.YEAR ? "20x3" : "2023",
                    "",
                    defect == Defect.INDICATOR ? "不存在" : indicator,
                    switch (defect) {
                        case VALUE -> "九十";
                        case UNIT -> "90次";
                        case EMPTY_VALUE -> "";
                        default -> "90";
                    }));
            if (defect == Defect.NONE) {
                goodRows++;
            } else {
                badLines.add(line);
            }
        }

        ResultImport.Checked checked = new ResultImport(TABLE).check(1, lines);

        assertThat(checked.problems()).extracting(RowProblem::line).containsExactlyElementsOf(badLines);
        assertThat(checked.problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
        assertThat(checked.good()).hasSize(goodRows);
        assertThat(checked.good()).extracting(ResultImport.Good::line)
                .allSatisfy(line -> assertThat(badLines).doesNotContain(line));
    }

    @Provide
    Arbitrary<List<Defect>> rows() {
        return Arbitraries.of(Defect.class).list().ofMinSize(0).ofMaxSize(12);
    }
}
