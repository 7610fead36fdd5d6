package cn.districtbudget.data.department;

import cn.districtbudget.data.support.OnPostgres;
import cn.districtbudget.data.support.PostgresAvailable;
import cn.districtbudget.data.support.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The department page on a real PostgreSQL server (skipped locally without BUDGET_TEST_PG_URL; required in CI). */
@SpringBootTest
@OnPostgres
@Import(StatementCounter.Config.class)
class DepartmentPagePostgresTest extends DepartmentPageContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresAvailable.properties(registry);
    }
}
