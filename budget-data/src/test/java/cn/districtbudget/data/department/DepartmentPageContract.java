package cn.districtbudget.data.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Grade;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.StatedFigure;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.core.finding.Finding;
import cn.districtbudget.core.reading.DisclosureReader;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.store.StoredDisclosure;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.Fixtures;
import cn.districtbudget.data.support.StatementCounter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The department page's one call, on the real sample read by the real reader; run on H2 and PostgreSQL. */
abstract class DepartmentPageContract {

    @Autowired
    DepartmentPages pages;
    @Autowired
    DisclosureStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    StatementCounter statements;

    String text;
    Disclosure read;
    List<Finding> findings;
    StoredDisclosure sample;

    @BeforeEach
    void storeTheSample() throws Exception {
        DatabaseCleaner.clean(jdbc);
        try (var in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var result = new DisclosureReader().read(text);
        read = result.disclosure();
        findings = new ArrayList<>(result.findings());
        findings.addAll(new cn.districtbudget.core.check.DisclosureChecker().check(read, null).findings());
        sample = transaction.execute(s -> store.store("sample.txt", text, "sample-sha",
                read, findings, "张三", Instant.parse("2026-12-01T08:00:00Z")));
        transaction.executeWithoutResult(s -> store.store("other.txt", "其他", "other-sha",
                Fixtures.budget(read.department().region(), "山海关区zz最后一个部门", "999", 2019, "10", "5", "1", "4",
                        "1", "0", "1", "0", null), List.of(), "张三", Instant.parse("2026-12-01T08:00:00Z")));
    }

    @Test
    void onePageLoadIsAtMostFiveStatements() {
        statements.reset();
        DepartmentPage page = pages.page(sample.departmentId(), null, DisclosureKind.BUDGET, null).orElseThrow();
        int counted = statements.count();

        System.out.println("department page SQL statements: " + counted);
        assertThat(counted).isPositive().isLessThanOrEqualTo(5);
        assertThat(page.content()).isNotNull();
    }

    @Test
    void thePageHoldsTheWholeDisclosureWithFiguresFindingsRevisionsAndHistory() {
        DepartmentPage page = pages.page(sample.departmentId(), 2019, DisclosureKind.BUDGET, null).orElseThrow();

        assertThat(page.department().name()).isEqualTo("山海关区科学技术协会");
        assertThat(page.previous()).isNull();
        assertThat(page.next().name()).isEqualTo("山海关区zz最后一个部门");
        assertThat(page.shown().id()).isEqualTo(sample.disclosureId());
        assertThat(page.yearsOfKind()).extracting(s -> s.year()).containsExactly(2019);
        assertThat(page.hasOtherKind()).isFalse();
        assertThat(page.content().disclosure()).isEqualTo(read);
        assertThat(page.content().findings()).isEqualTo(findings).isNotEmpty();
        assertThat(page.content().revisions()).extracting(s -> s.revision()).containsExactly(1);
        assertThat(page.threePublicHistory()).singleElement()
                .satisfies(h -> assertThat(h.total()).isEqualTo(Fixtures.wan("1.14")));
        StatedFigure threePublic = page.content().disclosure().figure(Concept.THREE_PUBLIC_TOTAL);
        assertThat(threePublic.value()).isEqualByComparingTo(new BigDecimal("11400"));
        assertThat(threePublic.evidence().words()).contains("1.14万元");
        assertThat(threePublic.evidence().line()).isPositive();
        assertThat(pages.originalText(sample.disclosureId())).contains(text);
    }

    @Test
    void theThreePublicHistoryIsOfThePagesKind() {
        // the department has a 2019 budget only: its final-accounts page has no “三公” history, not the budget's
        DepartmentPage finalAccounts = pages.page(sample.departmentId(), 2019, DisclosureKind.FINAL_ACCOUNTS, null)
                .orElseThrow();
        assertThat(finalAccounts.threePublicHistory()).isEmpty();
        assertThat(pages.page(sample.departmentId(), 2019, DisclosureKind.BUDGET, null).orElseThrow()
                .threePublicHistory()).extracting(h -> h.year()).containsExactly(2019);
    }

    @Test
    void indicatorsArePairedWithTheResultOfTheirOwnActivityAndPlace() {
        List<String[]> published = new ArrayList<>(); // duty, work, indicator name in published order
        for (DutyActivity duty : read.performance().activities()) {
            for (WorkActivity work : duty.work()) {
                for (Indicator indicator : work.indicators()) {
                    published.add(new String[] {duty.name(), work.name(), indicator.name()});
                }
            }
        }
        assertThat(published).hasSizeGreaterThan(2);
        int target = published.size() - 1; // the last indicator; its name may repeat in other activities
        String[] chosen = published.get(target);
        jdbc.update("insert into indicator_result (id, department_id, fiscal_year, indicator_name, actual_value, unit, "
                        + "grade, entered_by, entered_at, version, activity) values (1, ?, 2019, ?, 97.5, '%', "
                        + "'EXCELLENT', '张三', current_timestamp, 0, ?)",
                sample.departmentId(), chosen[2], chosen[1]);

        List<PagedIndicator> rows = pages.page(sample.departmentId(), 2019, DisclosureKind.BUDGET, null).orElseThrow()
                .content().indicators();

        assertThat(rows).hasSize(published.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).activity()).isEqualTo(published.get(i)[0]);
            assertThat(rows.get(i).indicator().name()).isEqualTo(published.get(i)[2]);
            if (i == target) {
                assertThat(rows.get(i).actualValue()).isEqualByComparingTo("97.5");
                assertThat(rows.get(i).grade()).isEqualTo(Grade.EXCELLENT);
                assertThat(rows.get(i).label()).isEqualTo("优");
            } else {
                assertThat(rows.get(i).actualValue()).as("row %d", i).isNull();
                assertThat(rows.get(i).label()).isEqualTo("未评");
            }
        }
    }

    @Test
    void anUnknownDepartmentHasNoPageAndADepartmentWithoutFinalAccountsShowsNone() {
        assertThat(pages.page(987654321L, null, DisclosureKind.BUDGET, null)).isEmpty();
        DepartmentPage page = pages.page(sample.departmentId(), null, DisclosureKind.FINAL_ACCOUNTS, null).orElseThrow();
        assertThat(page.shown()).isNull();
        assertThat(page.content()).isNull();
        assertThat(page.hasOtherKind()).isTrue();
    }
}
