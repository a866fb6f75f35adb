package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one-way dependencies of the house: model ← store ← ingest/extract/export ← ui and cli. A failing rule
 * lists every offending dependency.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crosscheck");
    }

    @Test
    void theModelDependsOnNothingOfOurs() {
        assertNoViolation(noClasses().that().resideInAPackage("org.crosscheck.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.store..", "org.crosscheck.ingest..",
                        "org.crosscheck.extract..", "org.crosscheck.export..", "org.crosscheck.task..",
                        "org.crosscheck.ui..", "org.crosscheck.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.crosscheck.AppContext"));
    }

    @Test
    void logicAndStorageNeverTouchJavaFx() {
        assertNoViolation(noClasses().that().resideInAnyPackage("org.crosscheck.store..", "org.crosscheck.ingest..",
                        "org.crosscheck.extract..", "org.crosscheck.export..", "org.crosscheck.task..",
                        "org.crosscheck.cli..", "org.crosscheck.model..", "org.crosscheck.geo..", "org.crosscheck.render..",
                        "org.crosscheck.grading..", "org.crosscheck.edit..", "org.crosscheck.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.."));
    }

    @Test
    void onlyTheApplicationClassUsesTheUi() {
        assertNoViolation(noClasses().that().resideOutsideOfPackage("org.crosscheck.ui..")
                .and().doNotHaveFullyQualifiedName("org.crosscheck.CrosscheckApp")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck.ui.."));
    }

    @Test
    void theRulesSeeTheWholeApplication() {
        assertThat(classes.stream().map(c -> c.getPackageName()))
                .contains("org.crosscheck.model", "org.crosscheck.store", "org.crosscheck.extract", "org.crosscheck.ui");
    }

    private static void assertNoViolation(ArchRule rule) {
        var result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
