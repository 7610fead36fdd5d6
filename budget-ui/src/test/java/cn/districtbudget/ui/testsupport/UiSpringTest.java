package cn.districtbudget.ui.testsupport;

import cn.districtbudget.ui.BudgetApplication;
import cn.districtbudget.ui.importing.ImportRunner;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one Spring context of budget-ui's tests (Spring's test context cache keeps it for the whole run): the real
 * application on H2 in memory, demo data off, MockMvc for the HTTP tests, imports on the calling thread so a test
 * sees their results at once. Every test class starts from an empty database ({@link TestDatabase#empty}), so
 * classes that import their own documents do not see each other's data. Do not add properties, profiles or mock
 * beans to a subclass: each combination is a context of its own (about 5 s to start).
 */
@SpringBootTest(classes = {BudgetApplication.class, UiSpringTest.InlineImports.class}, properties = {
        "budget.demo.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:ui-tests;DB_CLOSE_DELAY=-1",
        "budget.data-dir=target/ui-test-data"})
@AutoConfigureMockMvc
public abstract class UiSpringTest {

    private static Class<?> lastTestClass;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private JdbcTemplate databaseForReset;

    /** False for a class that stands on data the context made at start (the demo benchmark). */
    protected boolean startsFromAnEmptyDatabase() {
        return true;
    }

    @BeforeEach
    void emptyTheDatabaseOncePerClass() {
        if (lastTestClass != getClass()) {
            lastTestClass = getClass();
            if (startsFromAnEmptyDatabase()) {
                TestDatabase.empty(databaseForReset);
            }
        }
    }

    /** Imports run inline in tests. */
    @TestConfiguration
    static class InlineImports {
        @Bean
        @Primary
        ImportRunner inlineImportRunner() {
            return new ImportRunner() {
                @Override
                public void submit(Runnable task) {
                    task.run();
                }
            };
        }
    }
}
