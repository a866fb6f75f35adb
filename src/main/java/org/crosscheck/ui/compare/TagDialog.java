package org.crosscheck.ui.compare;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;

/** A new tag: name, colour and an optional digit shortcut 1–9. */
final class TagDialog extends Dialog<TagDialog.NewTag> {

    record NewTag(String name, String color, Integer shortcut) {
    }

    TagDialog(int suggestedShortcut) {
        setTitle("New tag");
        setHeaderText("A tag for claims and incidents");
        var name = new TextField();
        name.setId("tag-name");
        var color = new ColorPicker(Color.web("#1f77b4"));
        var shortcut = new ChoiceBox<String>();
        shortcut.getItems().add("none");
        for (int digit = 1; digit <= 9; digit++) {
            shortcut.getItems().add(String.valueOf(digit));
        }
        shortcut.setValue(suggestedShortcut >= 1 && suggestedShortcut <= 9 ? String.valueOf(suggestedShortcut)
                : "none");
        var form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Colour"), color);
        form.addRow(2, new Label("Key"), shortcut);
        getDialogPane().setContent(form);
        var ok = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        getDialogPane().lookupButton(ok).setId("tag-ok");
        getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty());
        setResultConverter(button -> button == ok ? new NewTag(name.getText(), hex(color.getValue()),
                "none".equals(shortcut.getValue()) ? null : Integer.valueOf(shortcut.getValue())) : null);
    }

    static String hex(Color color) {
        return String.format("#%02x%02x%02x", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
