package cn.districtbudget.data.audit;

import cn.districtbudget.data.support.OnPostgres;
import cn.districtbudget.data.support.PostgresAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Audit entries of imports on PostgreSQL (skipped locally without BUDGET_TEST_PG_URL; required in CI). */
@SpringBootTest
@OnPostgres
class ImportAuditPostgresTest extends ImportAuditContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresAvailable.properties(registry);
    }
}
