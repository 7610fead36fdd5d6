package cn.districtbudget.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * budget-core stays free of frameworks and of package cycles. The build's enforcer keeps frameworks off the
 * classpath; these rules are the second line, each proven to fail on a deliberate violation (test sources only).
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.districtbudget.core");

    static final ArchRule NO_FRAMEWORK = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..", "com.vaadin..");

    static ArchRule noCycles(String pattern) {
        return slices().matching(pattern).should().beFreeOfCycles().allowEmptyShould(false);
    }

    @Test
    void coreImportsNoFramework() {
        NO_FRAMEWORK.check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        noCycles("cn.districtbudget.core.(*)..").check(CORE);
    }

    private static JavaClasses violations() {
        return new ClassFileImporter().importPackages("cn.districtbudget.core.architecture.violation");
    }

    @Test
    void theFrameworkRuleFailsOnAClassUsingAFrameworkPackage() {
        assertThat(NO_FRAMEWORK.evaluate(violations()).hasViolation()).isTrue();
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(noCycles("cn.districtbudget.core.architecture.violation.cycle.(*)..").evaluate(violations())
                .hasViolation()).isTrue();
    }
}
