package cn.districtbudget.data.department;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.tables.TableReadResult;
import cn.districtbudget.core.tables.TableReader;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.importing.TestImporters;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.StatementCounter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12: a disclosure's standard tables are stored with it (V8) and come back, exactly as read, in the department
 * page's one call, still at most five SQL statements.
 */
@SpringBootTest
@Import(StatementCounter.Config.class)
class DepartmentTablesH2Test {

    static final Path PDF = Path.of("..", "budget-core", "src", "test", "resources", "real",
            "jiangsu-cppcc-office-2017-budget-tables.pdf");

    @Autowired
    ApplicationContext context;
    @Autowired
    DepartmentPages pages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatementCounter statements;

    @Test
    void theTablesOfAnImportedPdfAreOnTheDepartmentPageExactlyAsRead() throws Exception {
        DatabaseCleaner.clean(jdbc);
        TableReadResult read = TableReader.read(PDF.getFileName().toString(), Files.readAllBytes(PDF));
        ImportOutcome outcome = TestImporters.real(context).importDocument(DocumentSource.file(PDF), "张三",
                cn.districtbudget.data.importing.ImportOptions.hints("江苏省政协办公厅", 2017, DisclosureKind.BUDGET));
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ImportStatus.STORED);

        statements.reset();
        DepartmentPage page = pages.page(outcome.departmentId(), 2017, DisclosureKind.BUDGET, null).orElseThrow();
        int counted = statements.count();

        assertThat(counted).isLessThanOrEqualTo(5);
        var tables = page.content().tables();
        assertThat(tables).hasSize(read.tables().size()).hasSize(13);
        // record equality: every cell's raw text, exact number (with its scale), money and evidence
        assertThat(tables).extracting(PageTable::table).containsExactlyElementsOf(read.tables());
        assertThat(tables).extracting(PageTable::sourceFile).containsOnly(PDF.getFileName().toString());
        assertThat(tables).extracting(PageTable::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        long linked = tables.stream().mapToLong(t -> t.findings().size()).sum();
        long withEvidence = read.findings().stream().filter(f -> f.evidence() != null
                && f.evidence().row() != null).count();
        assertThat(linked).as("every table finding with a row is linked to its table").isEqualTo(withEvidence);
        assertThat(jdbc.queryForObject("select sum(figure_count) from disclosure_table", Long.class))
                .isEqualTo((long) read.figureCount()).isEqualTo(175L);
    }
}
