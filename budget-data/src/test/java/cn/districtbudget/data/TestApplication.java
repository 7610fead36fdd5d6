package cn.districtbudget.data;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The Spring Boot configuration for budget-data's tests (the real application class lives in budget-ui). */
@SpringBootApplication
public class TestApplication {

    /** Hand-built disclosures instead of the real reader, so storage is tested on exactly known records. */
    @Bean
    @Primary
    FixtureReadingPipeline fixtureReadingPipeline() {
        return new FixtureReadingPipeline();
    }

    /** Every test context starts from an empty schema, also on a PostgreSQL database reused between runs. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
