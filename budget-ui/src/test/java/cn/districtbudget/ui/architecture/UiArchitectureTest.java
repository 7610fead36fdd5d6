package cn.districtbudget.ui.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** budget-ui sees the data module only through its services and read models, and its packages have no cycles. */
class UiArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.districtbudget");
    }

    static final DescribedPredicate<JavaClass> JPA_TYPES = new DescribedPredicate<>("JPA entities, embeddables or mapped superclasses") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith("jakarta.persistence.Entity") || c.isAnnotatedWith("jakarta.persistence.Embeddable")
                    || c.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
        }
    };

    static final DescribedPredicate<JavaClass> SPRING_DATA_REPOSITORIES = new DescribedPredicate<>("Spring Data repositories") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAssignableTo("org.springframework.data.repository.Repository")
                    || c.isAnnotatedWith("org.springframework.stereotype.Repository");
        }
    };

    @Test
    void theUiClassesAreImported() {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("cn.districtbudget.ui")).count()).isGreaterThan(10);
    }

    @Test
    void uiNeverTouchesJpaEntities() {
        noClasses().that().resideInAPackage("cn.districtbudget.ui..")
                .should().dependOnClassesThat(JPA_TYPES)
                .andShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(classes);
    }

    @Test
    void uiNeverTouchesSpringDataRepositories() {
        noClasses().that().resideInAPackage("cn.districtbudget.ui..")
                .should().dependOnClassesThat(SPRING_DATA_REPOSITORIES)
                .andShould().dependOnClassesThat().resideInAPackage("org.springframework.data..")
                .check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        slices().matching("cn.districtbudget.ui.(**)").should().beFreeOfCycles().allowEmptyShould(false).check(classes);
    }
}
