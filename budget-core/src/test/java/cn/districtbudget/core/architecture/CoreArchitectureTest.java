package cn.districtbudget.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** budget-core stays free of frameworks and of package cycles. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.districtbudget.core");

    @Test
    void coreImportsNoFramework() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "com.vaadin..")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("cn.districtbudget.core.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
