package cn.districtbudget.data.store;

import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Configuration;

/**
 * Entities of the data module (the application class lives elsewhere, so they are named here), and Hibernate settings the store relies on for fast imports, kept with the module rather than in the
 * application's properties: JDBC batching with ordered inserts, and pooled-lo sequence ids
 * (the migrations' sequences increment by 50, the first id of a block is the sequence value).
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "cn.districtbudget.data")
public class StoreConfiguration {

    @Bean
    HibernatePropertiesCustomizer budgetStoreHibernateProperties() {
        return properties -> {
            properties.putIfAbsent("hibernate.jdbc.batch_size", "100");
            properties.putIfAbsent("hibernate.order_inserts", "true");
            properties.putIfAbsent("hibernate.order_updates", "true");
            properties.putIfAbsent("hibernate.jdbc.batch_versioned_data", "true");
            properties.putIfAbsent("hibernate.id.optimizer.pooled.preferred", "pooled-lo");
            properties.putIfAbsent("hibernate.query.in_clause_parameter_padding", "true");
        };
    }
}
