package org.crosscheck.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The one way the app talks to the analyst in a dialog: errors, confirmations, file choosers and custom dialogs,
 * all owned by the main window and styled like it.
 */
public final class DialogService {

    private final Window owner;

    public DialogService(Window owner) {
        this.owner = owner;
    }

    /** An error before any window exists (e.g. the database cannot be opened): one plain sentence, then OK. */
    public static void showStartupError(String message) {
        var alert = plainAlert(Alert.AlertType.ERROR, "Crosscheck cannot start", message);
        alert.showAndWait();
    }

    public void showError(String header, String message) {
        show(plainAlert(Alert.AlertType.ERROR, header, message));
    }

    public void showInformation(String header, String message) {
        show(plainAlert(Alert.AlertType.INFORMATION, header, message));
    }

    /** Asks a yes/no question; true when the analyst chose {@code confirmText}. */
    public boolean confirm(String header, String message, String confirmText) {
        var confirmButton = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        var alert = plainAlert(Alert.AlertType.CONFIRMATION, header, message);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, confirmButton);
        return show(alert).filter(confirmButton::equals).isPresent();
    }

    /** Shows a dialog modal to the main window and waits for its result. */
    public <R> Optional<R> show(Dialog<R> dialog) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        style(dialog);
        return dialog.showAndWait();
    }

    /** Lets the analyst pick files to import; empty when cancelled. */
    public List<Path> chooseFiles(String title, Optional<Path> initialFolder, List<FileChooser.ExtensionFilter> filters) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        initialFolder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    /** Lets the analyst pick one folder; empty when cancelled. */
    public Optional<Path> chooseFolder(String title, Optional<Path> initialFolder) {
        var chooser = new DirectoryChooser();
        chooser.setTitle(title);
        initialFolder.map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private static Alert plainAlert(Alert.AlertType type, String header, String message) {
        var alert = new Alert(type);
        alert.setTitle("Crosscheck");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(440);
        style(alert);
        return alert;
    }

    private static void style(Dialog<?> dialog) {
        var stylesheets = dialog.getDialogPane().getStylesheets();
        if (!stylesheets.contains(Theme.appStylesheet())) {
            stylesheets.add(Theme.appStylesheet());
        }
    }
}
