package org.crosscheck.ui.compare;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.crosscheck.model.AuditEntry;

/** The audit log of one item: who changed what, when, from which value to which. */
final class AuditDialog extends Dialog<Void> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    AuditDialog(String item, List<AuditEntry> entries) {
        setTitle("History");
        setHeaderText("History of " + item + (entries.isEmpty() ? ": no changes yet" : ""));
        var table = new TableView<AuditEntry>();
        table.setId("audit-table");
        table.getColumns().add(column("When", entry -> TIME.format(entry.at()), 150));
        table.getColumns().add(column("Analyst", AuditEntry::analyst, 90));
        table.getColumns().add(column("Action", AuditEntry::action, 70));
        table.getColumns().add(column("Field", entry -> entry.field() == null ? "" : entry.field(), 100));
        table.getColumns().add(column("Old", entry -> entry.oldValue() == null ? "—" : entry.oldValue(), 160));
        table.getColumns().add(column("New", entry -> entry.newValue() == null ? "—" : entry.newValue(), 160));
        table.getItems().setAll(entries);
        table.setPrefSize(760, 320);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    }

    private static TableColumn<AuditEntry, String> column(String title,
                                                          java.util.function.Function<AuditEntry, String> value,
                                                          double width) {
        var column = new TableColumn<AuditEntry, String>(title);
        column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
