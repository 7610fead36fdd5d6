package cn.districtbudget.data.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * budget-data keeps its JPA entities inside its persistence packages and out of every public signature, has no
 * package cycles, and shares no row mapper across feature packages. Each rule is proven to fail on a deliberate
 * violation (the classes in {@code violation}, test sources only).
 */
class DataArchitectureTest {

    private static final String[] PERSISTENCE_PACKAGES = {"cn.districtbudget.data.store..", "cn.districtbudget.data.performance.."};

    private static JavaClasses data;

    @BeforeAll
    static void importClasses() {
        data = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.districtbudget.data");
    }

    static final DescribedPredicate<JavaClass> ENTITIES = new DescribedPredicate<>("JPA entities or embeddables") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith("jakarta.persistence.Entity") || c.isAnnotatedWith("jakarta.persistence.Embeddable")
                    || c.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
        }
    };

    static final DescribedPredicate<JavaClass> ROW_MAPPERS = new DescribedPredicate<>("row mappers") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAssignableTo("org.springframework.jdbc.core.RowMapper") && !c.isInterface();
        }
    };

    static ArchRule entitiesLiveIn(String... packages) {
        return classes().that(ENTITIES).should().resideInAnyPackage(packages).allowEmptyShould(true);
    }

    static final ArchCondition<JavaCodeUnit> NOT_EXPOSE_AN_ENTITY = new ArchCondition<>("not take or return a JPA entity") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
            Stream.concat(Stream.of(unit.getRawReturnType()), unit.getRawParameterTypes().stream())
                    .filter(ENTITIES)
                    .forEach(t -> events.add(SimpleConditionEvent.violated(unit,
                            unit.getFullName() + " exposes entity " + t.getName())));
        }
    };

    static ArchRule noPublicSignatureExposesAnEntity() {
        return codeUnits().that().arePublic().and().areDeclaredInClassesThat().haveModifier(JavaModifier.PUBLIC)
                .should(NOT_EXPOSE_AN_ENTITY).allowEmptyShould(true);
    }

    static ArchRule noCycles(String pattern) {
        return slices().matching(pattern).should().beFreeOfCycles().allowEmptyShould(false);
    }

    /** A row mapper is used only inside the package that declares it. */
    static final ArchCondition<JavaClass> BE_USED_ONLY_IN_ITS_PACKAGE = new ArchCondition<>("be used only in its own package") {
        @Override
        public void check(JavaClass mapper, ConditionEvents events) {
            mapper.getDirectDependenciesToSelf().stream()
                    .filter(d -> !d.getOriginClass().getPackageName().equals(mapper.getPackageName()))
                    .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
        }
    };

    static ArchRule mappersStayHome() {
        return classes().that(ROW_MAPPERS).should(BE_USED_ONLY_IN_ITS_PACKAGE).allowEmptyShould(true);
    }

    @Test
    void theDataClassesAreImported() {
        assertThat(data.stream().filter(ENTITIES).count()).isGreaterThan(5);
    }

    @Test
    void entitiesLiveOnlyInPersistencePackages() {
        entitiesLiveIn(PERSISTENCE_PACKAGES).check(data);
    }

    @Test
    void noPublicMethodTakesOrReturnsAnEntity() {
        noPublicSignatureExposesAnEntity().check(data);
    }

    @Test
    void noOtherPackageUsesAnEntity() {
        noClasses().that().resideOutsideOfPackages(PERSISTENCE_PACKAGES).should().dependOnClassesThat(ENTITIES).check(data);
    }

    @Test
    void dataPackagesHaveNoCycles() {
        noCycles("cn.districtbudget.data.(*)..").check(data);
    }

    @Test
    void rowMappersAreNotSharedAcrossPackages() {
        mappersStayHome().check(data);
    }

    // --- each rule fails on a deliberate violation ---

    private static JavaClasses violations() {
        return new ClassFileImporter().importPackages("cn.districtbudget.data.architecture.violation");
    }

    @Test
    void theEntityPlacementRuleFailsOnAnEntityOutsidePersistence() {
        assertThat(entitiesLiveIn(PERSISTENCE_PACKAGES).evaluate(violations()).hasViolation()).isTrue();
    }

    @Test
    void theSignatureRuleFailsOnAPublicMethodReturningAnEntity() {
        assertThat(noPublicSignatureExposesAnEntity().evaluate(violations()).hasViolation()).isTrue();
    }

    @Test
    void theCycleRuleFailsOnTwoPackagesThatUseEachOther() {
        assertThat(noCycles("cn.districtbudget.data.architecture.violation.cycle.(*)..").evaluate(violations()).hasViolation())
                .isTrue();
    }

    @Test
    void theMapperRuleFailsOnAMapperUsedFromAnotherPackage() {
        assertThat(mappersStayHome().evaluate(violations()).hasViolation()).isTrue();
    }
}
