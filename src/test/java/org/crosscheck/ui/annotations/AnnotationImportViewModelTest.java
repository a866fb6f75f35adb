package org.crosscheck.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnotationImportViewModelTest {

    @Test
    void splitsAProblemIntoFileLineAndMessage() {
        assertThat(AnnotationImportViewModel.problem("claims.csv line 12: stance \"maybe\" is not a known value."))
                .isEqualTo(new AnnotationImportViewModel.Problem("claims.csv", 12,
                        "stance \"maybe\" is not a known value."));
    }

    @Test
    void aProblemOfAWholeFileHasNoLine() {
        assertThat(AnnotationImportViewModel.problem("links.csv: missing from exports/january."))
                .isEqualTo(new AnnotationImportViewModel.Problem("links.csv", 0, "missing from exports/january."));
    }
}
