package org.crosscheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the one-way dependencies of the house: model ← store ← ingest/extract/export ← ui and cli. Each rule's
 * {@code check} throws an AssertionError listing every offending dependency.
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
        noClasses().that().resideInAPackage("org.crosscheck.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crosscheck.store..", "org.crosscheck.ingest..",
                        "org.crosscheck.extract..", "org.crosscheck.export..", "org.crosscheck.task..",
                        "org.crosscheck.ui..", "org.crosscheck.cli..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.crosscheck.AppContext")
                .check(classes);
    }

    @Test
    void logicAndStorageNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("org.crosscheck.store..", "org.crosscheck.ingest..",
                        "org.crosscheck.extract..", "org.crosscheck.export..", "org.crosscheck.task..",
                        "org.crosscheck.cli..", "org.crosscheck.model..", "org.crosscheck.geo..", "org.crosscheck.render..",
                        "org.crosscheck.grading..", "org.crosscheck.edit..", "org.crosscheck.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void onlyTheApplicationClassUsesTheUi() {
        noClasses().that().resideOutsideOfPackage("org.crosscheck.ui..")
                .and().doNotHaveFullyQualifiedName("org.crosscheck.CrosscheckApp")
                .should().dependOnClassesThat().resideInAPackage("org.crosscheck.ui..")
                .check(classes);
    }
}
