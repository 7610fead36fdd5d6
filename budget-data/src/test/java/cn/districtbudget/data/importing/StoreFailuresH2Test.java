package cn.districtbudget.data.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.districtbudget.data.support.DatabaseCleaner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refused write is classified from its typed cause, on the real H2 driver and Hibernate: the constraint name
 * Hibernate extracts, else SQLState 23505. A message that merely mentions a constraint decides nothing.
 */
@SpringBootTest
class StoreFailuresH2Test {

    private static final String REGION = "insert into region (id, region_key, name, demo, version) "
            + "values (?, ?, '山海关区', false, 0)";

    @PersistenceContext
    EntityManager em;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void empty() {
        DatabaseCleaner.clean(jdbc);
    }

    private Throwable insertRegion(long id, String key) {
        return catchThrowable(() -> transaction.executeWithoutResult(s -> em.createNativeQuery(REGION)
                .setParameter(1, id).setParameter(2, key).executeUpdate()));
    }

    @Test
    void aSecondRegionOfTheSameKeyIsTheCreationRace() {
        assertThat(insertRegion(1, "||山海关区")).isNull();

        Throwable failure = insertRegion(2, "||山海关区");

        assertThat(failure).isNotNull();
        assertThat(StoreFailures.classify(failure)).isEqualTo(ImportFailure.CREATION_RACE);
    }

    @Test
    void anotherUniqueViolationIsDuplicateDataAndATooLongValueInvalidData() {
        assertThat(insertRegion(1, "||山海关区")).isNull();

        Throwable samePrimaryKey = insertRegion(1, "||北戴河区");
        Throwable tooLong = insertRegion(3, "区".repeat(500));

        assertThat(StoreFailures.classify(samePrimaryKey)).isEqualTo(ImportFailure.DUPLICATE_DATA);
        assertThat(StoreFailures.classify(tooLong)).isEqualTo(ImportFailure.INVALID_DATA);
    }

    @Test
    void theTypedCauseDecidesNotTheMessage() {
        var mentionsTheName = new DataIntegrityViolationException("duplicate key uk_region_key",
                new SQLException("violates unique constraint \"uk_region_key\"", "23000"));
        var postgres = new DataIntegrityViolationException("x", new org.hibernate.exception.ConstraintViolationException(
                "x", new SQLException("x", "23505"), "uk_department_name"));
        var uniqueWithoutName = new DataIntegrityViolationException("x", new SQLException("x", "23505"));

        assertThat(StoreFailures.classify(mentionsTheName)).isEqualTo(ImportFailure.INVALID_DATA);
        assertThat(StoreFailures.classify(postgres)).isEqualTo(ImportFailure.CREATION_RACE);
        assertThat(StoreFailures.classify(uniqueWithoutName)).isEqualTo(ImportFailure.DUPLICATE_DATA);
    }
}
