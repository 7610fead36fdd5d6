package cn.districtbudget.data.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only when {@code BUDGET_TEST_PG_URL} is set. Without it they are reported as skipped,
 * except under CI ({@code CI=true}), where a missing server is an error.
 */
public class PostgresAvailable implements ExecutionCondition {

    public static final String URL = "BUDGET_TEST_PG_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(URL);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + URL + " is not set: the PostgreSQL tests must run in CI");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: set " + URL
                + " (and BUDGET_TEST_PG_USER, BUDGET_TEST_PG_PASSWORD) to run them");
    }

    /** Points the test context's data source at the PostgreSQL test database. */
    public static void properties(org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv(URL));
        registry.add("spring.datasource.username", PostgresAvailable::user);
        registry.add("spring.datasource.password", PostgresAvailable::password);
    }

    public static String user() {
        String user = System.getenv("BUDGET_TEST_PG_USER");
        return user == null ? "budget" : user;
    }

    public static String password() {
        String password = System.getenv("BUDGET_TEST_PG_PASSWORD");
        return password == null ? "budget" : password;
    }
}
