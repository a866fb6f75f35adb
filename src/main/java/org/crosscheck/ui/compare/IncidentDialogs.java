package org.crosscheck.ui.compare;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.crosscheck.model.Incident;
import org.crosscheck.model.Site;
import org.crosscheck.model.TimePrecision;

/** The dialogs that correct an incident as a whole: its site, its date, and which incidents are one. */
final class IncidentDialogs {

    /** A date with how precisely it is known, as the analyst set it. */
    record DatedAs(LocalDate date, TimePrecision precision) {
    }

    private IncidentDialogs() {
    }

    /** Picks the gazetteer site the incident really happened at. */
    static Dialog<Site> site(Incident incident, List<Site> sites) {
        var dialog = new Dialog<Site>();
        dialog.setTitle("Change site");
        dialog.setHeaderText("Where did incident #" + incident.id() + " happen? (now: " + incident.location() + ")");
        var picker = comboBox(sites, site -> site.name() + " — " + site.country());
        picker.setId("incident-site");
        sites.stream().filter(site -> site.id().equals(incident.siteId())).findFirst().ifPresent(picker::setValue);
        var ok = okButton(dialog, "Move");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(picker.valueProperty().isNull());
        dialog.getDialogPane().setContent(form(new Label("Site"), picker));
        dialog.setResultConverter(button -> button == ok ? picker.getValue() : null);
        return dialog;
    }

    /** Sets the incident's date and whether the day, the week or only the month is known. */
    static Dialog<DatedAs> date(Incident incident) {
        var dialog = new Dialog<DatedAs>();
        dialog.setTitle("Change date");
        dialog.setHeaderText("When did incident #" + incident.id() + " at " + incident.location() + " happen?");
        var date = new DatePicker(incident.eventDate());
        date.setId("incident-date");
        var precision = comboBox(List.of(TimePrecision.values()),
                value -> "the " + value.name().toLowerCase(Locale.ROOT) + " is known");
        precision.setId("incident-precision");
        precision.setValue(incident.timePrecision());
        var ok = okButton(dialog, "Set date");
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(date.valueProperty().isNull());
        dialog.getDialogPane().setContent(form(new Label("Date"), date, new Label("Precision"), precision));
        dialog.setResultConverter(button -> button == ok ? new DatedAs(date.getValue(), precision.getValue()) : null);
        return dialog;
    }

    /** Chooses the incidents that are the same attack as {@code target}; those at its site come first. */
    static Dialog<List<Incident>> merge(Incident target, List<Incident> all) {
        var dialog = new Dialog<List<Incident>>();
        dialog.setTitle("Merge incidents");
        dialog.setHeaderText("Which incidents are the same attack as " + label(target) + "?\n"
                + "Their claims move into it and they are removed.");
        var others = all.stream().filter(incident -> incident.id() != target.id())
                .sorted(java.util.Comparator.comparing((Incident incident) -> !Objects.equals(incident.siteId(), target.siteId()))
                        .thenComparing(incident -> Math.abs(incident.eventDate().toEpochDay()
                                - target.eventDate().toEpochDay())))
                .toList();
        var list = new ListView<Incident>();
        list.setId("merge-choices");
        list.getItems().setAll(others);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Incident incident, boolean empty) {
                super.updateItem(incident, empty);
                setText(empty || incident == null ? null : label(incident));
            }
        });
        list.setPrefSize(460, 260);
        var ok = okButton(dialog, "Merge");
        dialog.getDialogPane().lookupButton(ok).disableProperty()
                .bind(javafx.beans.binding.Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        dialog.getDialogPane().setContent(list);
        dialog.setResultConverter(button -> button == ok ? List.copyOf(list.getSelectionModel().getSelectedItems())
                : null);
        return dialog;
    }

    static String label(Incident incident) {
        return incident.location() + " · " + incident.eventDate() + " · #" + incident.id();
    }

    private static ButtonType okButton(Dialog<?> dialog, String text) {
        var ok = new ButtonType(text, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ok);
        dialog.getDialogPane().lookupButton(ok).setId("incident-dialog-ok");
        return ok;
    }

    private static GridPane form(javafx.scene.Node... labelsAndFields) {
        var form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        for (int i = 0; i + 1 < labelsAndFields.length; i += 2) {
            form.addRow(i / 2, labelsAndFields[i], labelsAndFields[i + 1]);
        }
        return form;
    }

    private static <T> ComboBox<T> comboBox(List<T> items, Function<T, String> text) {
        var box = new ComboBox<T>();
        box.getItems().setAll(items);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setPrefWidth(320);
        return box;
    }
}
