package cn.districtbudget.data.importing;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The importer's collaborators that are not components of their own: the clock and its threads. */
@Configuration(proxyBeanMethods = false)
class ImportingConfiguration {

    /** The time stored with an import ({@code imported_at}); UTC. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ImportThreads importThreads() {
        return new ImportThreads();
    }
}
