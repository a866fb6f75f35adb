package org.crosscheck.ui.compare;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Relation;

/** Asks how two claims relate (contradicts, corroborates, repeats, elaborates) and for an optional note. */
final class LinkDialog extends Dialog<LinkDialog.Choice> {

    record Choice(Relation relation, String note) {
    }

    LinkDialog(Claim from, Claim to) {
        setTitle("Link claims");
        setHeaderText("\"" + from.value() + "\" (" + from.attributedTo() + ")\n… \"" + to.value() + "\" ("
                + to.attributedTo() + ")");
        var group = new ToggleGroup();
        var buttons = new HBox(12);
        for (var relation : Relation.values()) {
            var button = new RadioButton(relation.code());
            button.setUserData(relation);
            button.setToggleGroup(group);
            button.setId("relation-" + relation.code());
            buttons.getChildren().add(button);
        }
        group.selectToggle(group.getToggles().get(0));
        var note = new TextField();
        note.setPromptText("Why (optional)");
        note.setId("link-note");
        getDialogPane().setContent(new VBox(10, buttons, new Label("Note"), note));
        var ok = new ButtonType("Link", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        getDialogPane().lookupButton(ok).setId("link-ok");
        setResultConverter(button -> button == ok
                ? new Choice((Relation) group.getSelectedToggle().getUserData(), note.getText()) : null);
    }
}
