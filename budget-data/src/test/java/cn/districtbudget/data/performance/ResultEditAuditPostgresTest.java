package cn.districtbudget.data.performance;

import cn.districtbudget.data.support.OnPostgres;
import cn.districtbudget.data.support.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Audit entries of results edits on PostgreSQL (skipped locally without BUDGET_TEST_PG_URL; required in CI). */
@SpringBootTest
@OnPostgres
class ResultEditAuditPostgresTest extends ResultEditAuditContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresAvailable.properties(registry);
    }
}
