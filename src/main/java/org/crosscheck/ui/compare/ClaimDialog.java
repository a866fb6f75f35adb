package org.crosscheck.ui.compare;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.crosscheck.model.Article;
import org.crosscheck.model.Aspect;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Span;
import org.crosscheck.model.Stance;

/**
 * Makes a claim from a text selection (the article text shown read-only, select the words the claim rests on) or
 * edits an existing claim's speaker, aspect, value and stance. Opened from the reader, the selection is already
 * made and the analyst also chooses the incident the claim is about.
 */
final class ClaimDialog extends Dialog<ClaimDialog.Draft> {

    /** What the analyst entered; {@code span} is the selection, or the claim's own span when editing. */
    record Draft(Span span, String speaker, Aspect aspect, String value, Stance stance, Long incidentId) {
    }

    /** Shown in the incident chooser for a claim about no incident. */
    private static final String NO_INCIDENT = "(no incident)";

    private final TextArea text = new TextArea();
    private final TextField speaker = new TextField();
    private final ComboBox<Aspect> aspect = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<Stance> stance = new ComboBox<>();
    private final ComboBox<Object> incident = new ComboBox<>();
    private final GridPane form = new GridPane();

    /** A new claim on {@code article}; the outlet is the default speaker. */
    static ClaimDialog create(Article article) {
        return new ClaimDialog(article, null);
    }

    static ClaimDialog edit(Article article, Claim claim) {
        return new ClaimDialog(article, claim);
    }

    /**
     * A new claim on the words selected in the reader; the analyst picks its incident among {@code incidents}
     * ({@code suggested} first chosen, none when null).
     */
    static ClaimDialog fromSelection(Article article, Span selection, List<Incident> incidents, Incident suggested) {
        var dialog = new ClaimDialog(article, null);
        dialog.setHeaderText("New claim on the words selected in " + (article.outlet() == null ? article.fileName()
                : article.outlet()) + " (adjust the selection if needed)");
        dialog.text.selectRange(selection.start(), selection.end());
        dialog.incident.getItems().add(NO_INCIDENT);
        dialog.incident.getItems().addAll(incidents);
        dialog.incident.setValue(suggested == null ? NO_INCIDENT : suggested);
        dialog.incident.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object item) {
                return item instanceof Incident chosen ? chosen.location() + " · " + chosen.eventDate() + " · #"
                        + chosen.id() : String.valueOf(item);
            }

            @Override
            public Object fromString(String text) {
                return null;
            }
        });
        dialog.form.addRow(4, new Label("Incident"), dialog.incident);
        return dialog;
    }

    private ClaimDialog(Article article, Claim claim) {
        setTitle(claim == null ? "New claim" : "Edit claim");
        setHeaderText(claim == null ? "Select the words of " + article.fileName() + " the claim rests on"
                : "Claim " + claim.id() + " in " + article.fileName());
        text.setText(article.text());
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(12);
        text.setPrefColumnCount(70);
        text.setId("claim-text");
        speaker.setId("claim-speaker");
        value.setId("claim-value");
        aspect.setId("claim-aspect");
        stance.setId("claim-stance");
        aspect.getItems().setAll(Aspect.values());
        stance.getItems().setAll(Stance.values());
        if (claim == null) {
            speaker.setText(article.outlet() == null ? "" : article.outlet());
            aspect.setValue(Aspect.OCCURRENCE);
            stance.setValue(Stance.ASSERTS);
        } else {
            text.selectRange(claim.span().start(), claim.span().end());
            text.setDisable(true);
            speaker.setText(claim.attributedTo());
            aspect.setValue(claim.aspect());
            value.setText(claim.value());
            stance.setValue(claim.stance());
        }
        incident.setId("claim-incident");
        incident.setMaxWidth(Double.MAX_VALUE);
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Speaker"), speaker);
        form.addRow(1, new Label("Aspect"), aspect);
        form.addRow(2, new Label("Value"), value);
        form.addRow(3, new Label("Stance"), stance);
        GridPane.setHgrow(speaker, Priority.ALWAYS);
        var content = new VBox(10, text, form);
        VBox.setVgrow(text, Priority.ALWAYS);
        getDialogPane().setContent(content);
        var ok = new ButtonType(claim == null ? "Create claim" : "Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        getDialogPane().lookupButton(ok).setId("claim-ok");
        getDialogPane().lookupButton(ok).disableProperty().bind(value.textProperty().isEmpty()
                .or(speaker.textProperty().isEmpty())
                .or(text.selectedTextProperty().isEmpty()));
        setResultConverter(button -> button == ok
                ? new Draft(claim == null ? new Span(text.getSelection().getStart(), text.getSelection().getEnd())
                        : claim.span(), speaker.getText(), aspect.getValue(), value.getText(), stance.getValue(),
                        incident.getValue() instanceof Incident chosen ? chosen.id() : null)
                : null);
    }
}
