package cn.districtbudget.ui.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * budget-ui sees the data module only through its services and read models, and its packages have no cycles.
 * Each rule is proven to fail on a deliberate violation (the classes in {@code violation}, test sources only).
 */
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

    /** Either dependency alone is a violation (ArchUnit negates an {@code andShould} conjunction, so it is {@code orShould}). */
    static ArchRule noJpa(String uiPackage) {
        return noClasses().that().resideInAPackage(uiPackage)
                .should().dependOnClassesThat(JPA_TYPES)
                .orShould().dependOnClassesThat().resideInAPackage("jakarta.persistence..");
    }

    static ArchRule noSpringData(String uiPackage) {
        return noClasses().that().resideInAPackage(uiPackage)
                .should().dependOnClassesThat(SPRING_DATA_REPOSITORIES)
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.data..");
    }

    static ArchRule noCycles(String uiPattern) {
        return slices().matching(uiPattern).should().beFreeOfCycles().allowEmptyShould(false);
    }

    @Test
    void theUiClassesAreImported() {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("cn.districtbudget.ui")).count()).isGreaterThan(10);
    }

    @Test
    void uiNeverTouchesJpaEntities() {
        noJpa("cn.districtbudget.ui..").check(classes);
    }

    @Test
    void uiNeverTouchesSpringDataRepositories() {
        noSpringData("cn.districtbudget.ui..").check(classes);
    }

    @Test
    void uiPackagesHaveNoCycles() {
        noCycles("cn.districtbudget.ui.(**)").check(classes);
    }

    // --- each rule fails on a deliberate violation ---

    private static JavaClasses violations() {
        return new ClassFileImporter().importPackages("cn.districtbudget.ui.architecture.violation");
    }

    @Test
    void theJpaRuleFailsOnAClassThatOnlyUsesJakartaPersistence() {
        assertThat(noJpa("..violation.persistence..").evaluate(violations()).hasViolation()).isTrue();
    }

    @Test
    void theSpringDataRuleFailsOnAClassThatOnlyUsesSpringData() {
        assertThat(noSpringData("..violation.springdata..").evaluate(violations()).hasViolation()).isTrue();
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(noCycles("cn.districtbudget.ui.architecture.violation.cycle.(*)..").evaluate(violations()).hasViolation())
                .isTrue();
    }
}
