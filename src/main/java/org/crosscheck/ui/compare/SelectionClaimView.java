package org.crosscheck.ui.compare;

import java.util.function.Consumer;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Span;
import org.crosscheck.ui.common.DialogService;

/**
 * "Claim from selection" (reader context menu, Edit menu, Ctrl+M): the claim dialog on the words the analyst
 * selected in the reader, with the incident to file it under; a refused claim is told in one sentence.
 */
public final class SelectionClaimView {

    private final SelectionClaimViewModel viewModel;
    private final DialogService dialogs;

    public SelectionClaimView(SelectionClaimViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /** Asks for the claim on {@code selection} of an article and stores it; {@code onMade} gets the new claim. */
    public void makeClaim(long articleId, Span selection, Long selectedIncident, Consumer<Claim> onMade) {
        var request = viewModel.request(articleId, selection, selectedIncident);
        if (request.isEmpty()) {
            dialogs.showInformation("Select some words first",
                    "Select the words of the article the claim rests on, then make the claim.");
            return;
        }
        var asked = request.get();
        dialogs.show(ClaimDialog.fromSelection(asked.article(), asked.selection(), asked.incidents(),
                asked.suggested())).ifPresent(draft -> {
                    try {
                        onMade.accept(viewModel.create(asked.article(), draft.span(), draft.incidentId(),
                                draft.speaker(), draft.aspect(), draft.value(), draft.stance()));
                    } catch (RuntimeException e) {
                        dialogs.showError("The claim was not made", e.getMessage());
                    }
                });
    }
}
