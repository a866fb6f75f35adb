package org.crosscheck.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Every command the analyst can give from a menu, the toolbar or the keyboard, with its one text, icon and
 * shortcut, so menus, toolbar buttons and tooltips always agree.
 */
public enum Actions {
    IMPORT_FILES("Import files…", Material2OutlinedAL.FILE_UPLOAD, "Shortcut+O"),
    IMPORT_FOLDER("Import folder…", Material2OutlinedAL.FOLDER_OPEN, "Shortcut+Shift+O"),
    IMPORT_ANNOTATIONS("Import annotations…", Material2OutlinedAL.ASSIGNMENT_RETURNED, null),
    EXPORT("Export…", Material2OutlinedMZ.SAVE_ALT, "Shortcut+E"),
    EXPORT_MAP_PICTURE("Export map as PNG…", Material2OutlinedMZ.MAP, null),
    EXPORT_TIMELINE_PICTURE("Export timeline as PNG…", Material2OutlinedMZ.TIMELINE, null),
    EXTRACT_AGAIN("Extract again from every article", Material2OutlinedMZ.REFRESH, null),
    COMPACT_DATABASE("Compact database…", Material2OutlinedMZ.STORAGE, null),
    QUIT("Quit", Material2OutlinedAL.EXIT_TO_APP, "Shortcut+Q"),
    FIND("Search articles", Material2OutlinedMZ.SEARCH, "Shortcut+F"),
    LIGHT_THEME("Light theme", Material2OutlinedMZ.WB_SUNNY, null),
    DARK_THEME("Dark theme", Material2OutlinedMZ.NIGHTS_STAY, null),
    SAVE_HEADER("Save", Material2OutlinedMZ.SAVE, "Shortcut+S"),
    CLAIM_FROM_SELECTION("Claim from selection…", Material2OutlinedAL.ADD_COMMENT, "Shortcut+M"),
    REVERT_HEADER("Revert", Material2OutlinedMZ.UNDO, null),
    ABOUT("About Crosscheck", Material2OutlinedAL.INFO, null);

    private final String text;
    private final Ikon icon;
    private final KeyCombination shortcut;

    Actions(String text, Ikon icon, String shortcut) {
        this.text = text;
        this.icon = icon;
        this.shortcut = shortcut == null ? null : KeyCombination.keyCombination(shortcut);
    }

    public String text() {
        return text;
    }

    public Ikon icon() {
        return icon;
    }

    /** The keyboard shortcut, or null when the action has none. */
    public KeyCombination shortcut() {
        return shortcut;
    }

    /** The action's text followed by its shortcut as the platform writes it, for tooltips. */
    public String textWithShortcut() {
        return shortcut == null ? withoutEllipsis() : withoutEllipsis() + " (" + shortcut.getDisplayText() + ")";
    }

    private String withoutEllipsis() {
        return text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
    }

    public FontIcon newIcon() {
        return new FontIcon(icon);
    }

    /** A menu item showing the icon and shortcut and running {@code handler}. */
    public MenuItem menuItem(Runnable handler) {
        var item = new MenuItem(text, newIcon());
        item.setAccelerator(shortcut);
        item.setOnAction(event -> handler.run());
        item.setId("menu-" + id());
        return item;
    }

    /** A flat icon-only toolbar button with a tooltip naming the action and its shortcut. */
    public Button toolbarButton(Runnable handler) {
        var button = new Button(null, newIcon());
        button.getStyleClass().addAll("button-icon", "flat");
        var tooltip = new Tooltip(textWithShortcut());
        tooltip.setShowDelay(Duration.millis(400));
        button.setTooltip(tooltip);
        button.setOnAction(event -> handler.run());
        button.setId("tool-" + id());
        button.setFocusTraversable(false);
        return button;
    }

    /** A lower-case, dash-separated name for node ids, e.g. {@code import-files}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
