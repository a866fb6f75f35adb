package org.crosscheck.ui;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.crosscheck.AppContext;
import org.crosscheck.ingest.ImportReport;
import org.crosscheck.store.FileUse;
import org.crosscheck.ui.annotations.AnnotationImportDialog;
import org.crosscheck.ui.annotations.AnnotationImportViewModel;
import org.crosscheck.ui.articles.ArticleListView;
import org.crosscheck.ui.articles.ArticleListViewModel;
import org.crosscheck.ui.common.Actions;
import org.crosscheck.ui.compaction.CompactionView;
import org.crosscheck.ui.compare.ArticlePairView;
import org.crosscheck.ui.compare.ArticlePairViewModel;
import org.crosscheck.ui.compare.CompareView;
import org.crosscheck.ui.compare.CompareViewModel;
import org.crosscheck.ui.compare.SelectionClaimView;
import org.crosscheck.ui.compare.SelectionClaimViewModel;
import org.crosscheck.ui.common.DialogService;
import org.crosscheck.ui.common.FxTasks;
import org.crosscheck.ui.common.Theme;
import org.crosscheck.ui.common.UiPrefs;
import org.crosscheck.ui.common.Workspace;
import org.crosscheck.ui.map.MapPane;
import org.crosscheck.ui.detail.IncidentDetailView;
import org.crosscheck.ui.exporting.ExportDialog;
import org.crosscheck.ui.exporting.ExportViewModel;
import org.crosscheck.ui.importing.ImportReportDialog;
import org.crosscheck.ui.importing.ImportViewModel;
import org.crosscheck.ui.incidents.IncidentListView;
import org.crosscheck.ui.reader.ArticleMarks;
import org.crosscheck.ui.reader.ReaderView;
import org.crosscheck.ui.reader.ReaderViewModel;
import org.crosscheck.ui.status.StatusBarView;
import org.crosscheck.ui.status.StatusBarViewModel;
import org.crosscheck.ui.timeline.TimelinePane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window and its layout: menus and toolbar on top, the article list on the left, a tab pane in the centre
 * (the reader first; map, incidents and compare views are added with {@link #addTab}) with the selected incident's
 * detail panel at its right, over the timeline strip, so the timeline and its brush stay in view beside whichever
 * tab is open, and the status bar below.
 * Wires the views to their view models and remembers its size, position, split and theme.
 */
public final class MainWindow {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** How long closing the window waits for the views' queries to end before the database closes. */
    private static final long QUERIES_CLOSE_WAIT_SECONDS = 5;
    private static final String MAIN_SPLIT = "main";
    private static final String APP_ICON = "/org/crosscheck/assets/icon/crosscheck.png";
    private static final String APP_ICON_SMALL = "/org/crosscheck/assets/icon/crosscheck-48.png";
    private static final double MAIN_SPLIT_DEFAULT = 0.40;
    private static final String TIMELINE_SPLIT = "timeline";
    private static final double TIMELINE_SPLIT_DEFAULT = 0.62;
    private static final double COMPARE_SPLIT = 0.8;
    /** Height (px) the timeline keeps while a compare tab borrows room: its header, histogram and a few rows. */
    private static final double TIMELINE_ROOM_IN_COMPARE = 270;

    private final AppContext context;
    private final Stage stage;
    private final UiPrefs prefs;
    private final Workspace workspace = new Workspace();
    private final FxTasks fxTasks = new FxTasks();
    /**
     * The views' database reads, one at a time off the FX thread. A read asked for once the window has closed (a list
     * page arriving late selects a row, say) is dropped: the database is closing.
     */
    private final ExecutorService queries = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), FxTasks.daemonThreads("crosscheck-query"),
            new ThreadPoolExecutor.DiscardPolicy());
    private final DialogService dialogs;
    private final ArticleListViewModel articleList;
    private final ReaderViewModel reader;
    private final StatusBarViewModel status;
    private final ImportViewModel importer;
    private final ExportViewModel exporter;
    private final AnnotationImportViewModel annotationImporter;
    private final ArticleListView articleListView;
    private final ReaderView readerView;
    private final TimelinePane timelinePane;
    private MapPane mapPane;
    private final CompareView compareView;
    private final IncidentListView incidentList;
    private final IncidentDetailView incidentDetail;
    private final ArticlePairView pairView;
    private final SelectionClaimView selectionClaims;
    private final TabPane centerTabs = new TabPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane workSplit = new SplitPane();
    private final ToggleGroup themeGroup = new ToggleGroup();
    /** The timeline divider as the analyst left it while a compare tab borrows height; NaN otherwise. */
    private double timelineDividerBeforeCompare = Double.NaN;
    private final Runnable refreshAfterEdit = () -> Platform.runLater(this::refreshIncidentViews);
    private Consumer<FileUse> onCompactDatabase = use -> { };

    public MainWindow(AppContext context, Stage stage, UiPrefs prefs) {
        this.context = context;
        this.stage = stage;
        this.prefs = prefs;
        prefs.analystName().ifPresent(context::setAnalyst);
        this.dialogs = new DialogService(stage);
        Executor ui = Platform::runLater;
        articleList = new ArticleListViewModel(context.articles(), context.tags(), context.edits(), workspace,
                queries, ui);
        reader = new ReaderViewModel(context.articles(),
                ArticleMarks.loader(context.mentions(), context.claims(), context.sites()), workspace,
                context.analyst(), queries, ui);
        status = new StatusBarViewModel(context.stats(), queries, ui);
        importer = new ImportViewModel(context.importer(), context.extractor(), context.articles(), fxTasks);
        exporter = new ExportViewModel(context.exporter(), fxTasks);
        annotationImporter = new AnnotationImportViewModel(context.annotationImport(), context.edits(),
                context::analyst, fxTasks);
        articleListView = new ArticleListView(articleList);
        readerView = new ReaderView(reader);
        timelinePane = new TimelinePane(context, workspace);
        timelinePane.useDarkColours(prefs.theme() == Theme.DARK);
        readerView.searchTextProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> articleList.queryProperty().get().search(), articleList.queryProperty()));
        readerView.setOnError(message -> dialogs.showError("The reader has a problem", message));
        articleList.setOnError(message -> dialogs.showError("That tag was not changed", message));
        compareView = new CompareView(new CompareViewModel(context.incidents(), context.claims(), context.links(),
                context.articles(), context.sites(), context.grades(), context.tags(), context.auditLog(),
                context.edits(), workspace, queries, ui),
                dialogs);
        incidentList = IncidentListView.of(context, workspace, queries);
        incidentDetail = IncidentDetailView.of(context, workspace, queries);
        pairView = new ArticlePairView(new ArticlePairViewModel(context.articles(), context.claims(),
                context.links(), context.edits(), queries, ui), dialogs);
        selectionClaims = new SelectionClaimView(new SelectionClaimViewModel(context.articles(), context.claims(),
                context.incidents(), context.edits()), dialogs);
        var claimItem = new MenuItem(Actions.CLAIM_FROM_SELECTION.text(), Actions.CLAIM_FROM_SELECTION.newIcon());
        claimItem.setId("reader-claim-from-selection");
        claimItem.setOnAction(event -> claimFromReaderSelection());
        readerView.addSelectionCommand(claimItem);
        reader.lastSavedProperty().addListener((obs, old, saved) -> {
            articleList.refresh();
            status.say("Saved the header of " + saved.fileName());
            extractAgain(List.of(saved.id()));
        });

        var root = new BorderPane();
        root.getStyleClass().add("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center());
        root.setBottom(new StatusBarView(status, fxTasks));
        context.edits().addListener(refreshAfterEdit);

        var dropOverlay = dropOverlay();
        var scene = new Scene(new StackPane(root, dropOverlay), 1280, 800);
        acceptDroppedFiles(scene, dropOverlay);
        scene.getStylesheets().add(Theme.appStylesheet());
        scene.getAccelerators().put(Actions.SAVE_HEADER.shortcut(), readerView::save);
        stage.setScene(scene);
        stage.setTitle("Crosscheck — " + context.database().file().getFileName());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        for (var icon : List.of(APP_ICON, APP_ICON_SMALL)) {
            var url = MainWindow.class.getResource(icon);
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
        stage.setOnCloseRequest(event -> {
            if (!confirmClose()) {
                event.consume();
            } else {
                rememberLayout();
            }
        });
    }

    /**
     * Shows the window where it was last time; once its first frame is laid out, loads the list, the counts, the
     * timeline and the map, and gives a database without articles the bundled seed articles (all in the background).
     */
    public void show() {
        prefs.restoreWindow(stage, 1600, 1000);
        stage.show();
        mainSplit.setDividerPositions(prefs.divider(MAIN_SPLIT, MAIN_SPLIT_DEFAULT));
        workSplit.setDividerPositions(prefs.divider(TIMELINE_SPLIT, TIMELINE_SPLIT_DEFAULT));
        articleListView.table().requestFocus();
        afterFirstFrame(this::load);
    }

    /**
     * Loads what the views show, in the background; a database without articles gets the seed articles. The map and
     * the incidents list fill from the timeline's load of every incident (through the workspace), so they read no
     * incidents themselves.
     */
    private void load() {
        articleList.refresh();
        status.refresh();
        timelinePane.refresh();
        importer.importSeedsIntoEmptyDatabase(report -> {
            afterImport(report);
            if (!report.failures().isEmpty()) {
                dialogs.show(new ImportReportDialog(report));
            }
        }, message -> dialogs.showError("The seed articles could not be imported", message));
    }

    /**
     * Runs {@code action} once the first frame of the window is laid out: the loads it starts would otherwise take
     * the two cores from the toolkit while it styles and lays out the window for the first time.
     */
    private void afterFirstFrame(Runnable action) {
        var scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(action);
            }
        });
        Platform.requestNextPulse();
    }

    /** Imports files and folders in the background, then shows the report (menus and drag-and-drop end here). */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        var folder = Files.isDirectory(paths.get(0)) ? paths.get(0) : paths.get(0).getParent();
        if (folder != null) {
            prefs.setLastImportFolder(folder);
        }
        importer.importPaths(paths, this::showStoredArticles, report -> {
            afterImport(report);
            dialogs.show(new ImportReportDialog(report));
        }, message -> dialogs.showError("Import failed", message));
    }

    /** Lists the articles an import stored while their incidents and claims are still being extracted. */
    private void showStoredArticles(ImportReport report) {
        articleList.refresh();
        status.refresh();
        status.say("Stored " + StatusBarViewModel.plural(report.imported().size(), "article")
                + "; their incidents and claims follow when the extraction ends.");
    }

    /**
     * Extracts again from some articles (all when empty), e.g. after a corrected publication date changed what its
     * weekdays mean, then shows the new state everywhere.
     */
    private void extractAgain(List<Long> articleIds) {
        importer.extractAgain(articleIds, report -> {
            refreshIncidentViews();
            compareView.refresh();
            sayWithCompactionHint(report.summary());
        }, message -> dialogs.showError("Extraction failed", message));
    }

    private void afterImport(ImportReport report) {
        articleList.refresh();
        status.refresh();
        timelinePane.refresh();
        reader.reloadMarks();
        incidentDetail.refresh();
        sayWithCompactionHint((report.cancelled() ? "Import cancelled: " : "Import finished: ") + report.summary());
    }

    /**
     * Says {@code message} in the status bar; when the file has grown mostly of replaced pages (after a large import
     * or extraction) it adds that Tools ▸ Compact database gives that space back.
     */
    private void sayWithCompactionHint(String message) {
        status.say(message);
        CompletableFuture.supplyAsync(() -> context.database().fileUse(), queries)
                .thenAcceptAsync(use -> status.say(withCompactionHint(message, use)), Platform::runLater)
                .exceptionally(failure -> {
                    LOG.warn("Cannot tell how much of the database file is in use", failure);
                    return null;
                });
    }

    static String withCompactionHint(String message, FileUse use) {
        return use.worthCompacting() ? message + " · The database file is " + use.describe()
                + ": Tools ▸ Compact database gives the rest back." : message;
    }

    private void chooseFilesToImport() {
        importPaths(dialogs.chooseFiles("Import articles", prefs.lastImportFolder(), List.of(
                new FileChooser.ExtensionFilter("Articles (txt, md, html, pdf)", "*.txt", "*.md", "*.html", "*.htm",
                        "*.pdf", "*.TXT", "*.MD", "*.HTML", "*.HTM", "*.PDF"),
                new FileChooser.ExtensionFilter("All files", "*"))));
    }

    private void chooseFolderToImport() {
        dialogs.chooseFolder("Import every article in a folder", prefs.lastImportFolder())
                .ifPresent(folder -> importPaths(List.of(folder)));
    }

    private void export() {
        dialogs.show(new ExportDialog(exporter)).filter(ExportDialog.CHOOSE_FOLDER::equals)
                .flatMap(go -> dialogs.chooseFolder("Export into folder", prefs.lastImportFolder()))
                .ifPresent(this::exportTo);
    }

    /** Writes the export files, with the choices last made in File ▸ Export…, into {@code folder}. */
    public void exportTo(Path folder) {
        exporter.exportTo(folder, status::say, message -> dialogs.showError("Export failed", message));
    }

    /** Makes a claim from the words selected in the reader (its context menu, Edit menu, Ctrl+M). */
    private void claimFromReaderSelection() {
        var article = reader.articleProperty().get();
        if (article == null) {
            return;
        }
        selectionClaims.makeClaim(article.id(), readerView.selectionProperty().get(),
                workspace.selectedIncidentIdProperty().get(), claim -> {
                    reader.reloadMarks();
                    compareView.refresh();
                    if (claim.incidentId() != null) {
                        workspace.selectedIncidentIdProperty().set(claim.incidentId());
                    }
                    status.say("Made claim " + claim.id() + ": " + claim.aspect().code() + " " + claim.value());
                });
    }

    /** File ▸ Import annotations…: restores an export folder's annotations, then every view shows them. */
    private void chooseAnnotationsToImport() {
        dialogs.chooseFolder("Import annotations from an export folder", prefs.lastImportFolder())
                .filter(folder -> dialogs.confirm("Replace the annotations of this database?",
                        "The incidents, claims, links, tags and grades in " + folder.getFileName() + " replace all "
                                + "those of this database (the articles stay). This cannot be undone; the files are "
                                + "checked first and nothing changes if any row is wrong.", "Import and replace"))
                .ifPresent(this::importAnnotations);
    }

    /** Imports the annotations of an export folder in the background and shows the result. */
    public void importAnnotations(Path folder) {
        annotationImporter.importFrom(folder, outcome -> {
            if (!outcome.cancelled() && outcome.report().applied()) {
                articleList.refresh();
                articleList.reloadTags();
                status.refresh();
                timelinePane.refresh();
                reader.reloadMarks();
                incidentDetail.refresh();
                compareView.refresh();
                pairView.refresh();
                status.say("Annotations imported: " + outcome.report().summary());
            }
            dialogs.show(new AnnotationImportDialog(outcome));
        }, message -> dialogs.showError("Import of annotations failed", message));
    }

    private StackPane dropOverlay() {
        var icon = new FontIcon(Material2OutlinedAL.FILE_UPLOAD);
        var heading = new Label("Drop to import");
        heading.getStyleClass().add(Styles.TITLE_3);
        var hint = new Label("Text, Markdown, HTML and PDF files, or whole folders");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        var card = new VBox(10, icon, heading, hint);
        card.setAlignment(javafx.geometry.Pos.CENTER);
        card.getStyleClass().add("drop-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        var overlay = new StackPane(card);
        overlay.getStyleClass().add("drop-overlay");
        overlay.setId("drop-overlay");
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        return overlay;
    }

    private void acceptDroppedFiles(Scene scene, Node overlay) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                overlay.setVisible(true);
            }
            event.consume();
        });
        scene.setOnDragExited(event -> overlay.setVisible(false));
        scene.setOnDragDropped(event -> {
            overlay.setVisible(false);
            var files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.<File>of();
            event.setDropCompleted(!files.isEmpty());
            event.consume();
            var paths = files.stream().map(File::toPath).toList();
            Platform.runLater(() -> importPaths(paths));
        });
    }

    /**
     * Adds a view to the centre tab pane (e.g. Map, Timeline, Incidents) after the reader. Views that others build
     * plug in here, so the layout stays in one place.
     */
    public Tab addTab(String title, Ikon icon, Node content) {
        var tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setClosable(false);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        centerTabs.getTabs().add(tab);
        return tab;
    }

    /**
     * Adds a tab whose view joins the scene only when the tab is first shown: styling and laying out every hidden
     * view (map, compare, side by side) took seconds from the first frame.
     */
    private Tab addTabShownLater(String title, Ikon icon, Node content) {
        var tab = addTab(title, icon, null);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content);
            }
        });
        return tab;
    }

    /** The shared selection and brush state that linked views follow. */
    public Workspace workspace() {
        return workspace;
    }

    public FxTasks tasks() {
        return fxTasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /**
     * After an edit (a date, a site, a merge, an undo) the map, the timeline, the incidents, the reader's marks and
     * the counts show the new state. The timeline reads every incident again; the map and the incidents list follow
     * that read through the workspace, wherever the timeline is refreshed.
     */
    private void refreshIncidentViews() {
        articleList.reloadTags();
        timelinePane.refresh();
        status.refresh();
        reader.reloadMarks();
        incidentDetail.refresh();
    }

    /**
     * Stops background work and waits for it, so the owner can close the database afterwards. Queries are not
     * interrupted: H2 may close its file when a thread reading it is interrupted.
     */
    public void dispose() {
        context.edits().removeListener(refreshAfterEdit);
        fxTasks.close();
        queries.shutdown();
        try {
            if (!queries.awaitTermination(QUERIES_CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Queries still run {} s after the window closed", QUERIES_CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MenuBar menuBar() {
        var file = new Menu("_File");
        file.getItems().addAll(Actions.IMPORT_FILES.menuItem(this::chooseFilesToImport),
                Actions.IMPORT_FOLDER.menuItem(this::chooseFolderToImport),
                Actions.IMPORT_ANNOTATIONS.menuItem(this::chooseAnnotationsToImport), new SeparatorMenuItem(),
                Actions.EXPORT.menuItem(this::export),
                Actions.EXPORT_MAP_PICTURE.menuItem(() -> mapPane.chooseAndSavePng()),
                Actions.EXPORT_TIMELINE_PICTURE.menuItem(timelinePane::savePicture), new SeparatorMenuItem(),
                Actions.QUIT.menuItem(this::quit));

        var edit = new Menu("_Edit");
        var undo = new MenuItem("Undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(event -> compareView.undo());
        undo.setId("menu-undo");
        var redo = new MenuItem("Redo");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(event -> compareView.redo());
        redo.setId("menu-redo");
        var analyst = new MenuItem("Analyst name…");
        analyst.setId("menu-analyst");
        analyst.setOnAction(event -> askAnalystName());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                Actions.CLAIM_FROM_SELECTION.menuItem(this::claimFromReaderSelection), new SeparatorMenuItem(),
                analyst);

        var tools = new Menu("_Tools");
        tools.getItems().addAll(Actions.EXTRACT_AGAIN.menuItem(() -> extractAgain(List.of())),
                new SeparatorMenuItem(), Actions.COMPACT_DATABASE.menuItem(this::compactDatabase));

        var view = new Menu("_View");
        var light = themeItem(Actions.LIGHT_THEME, Theme.LIGHT);
        var dark = themeItem(Actions.DARK_THEME, Theme.DARK);
        view.getItems().addAll(Actions.FIND.menuItem(articleListView::focusSearch), new SeparatorMenuItem(),
                light, dark);

        var help = new Menu("_Help");
        help.getItems().add(Actions.ABOUT.menuItem(this::showAbout));
        var bar = new MenuBar(file, edit, view, tools, help);
        bar.setId("menu-bar");
        return bar;
    }

    private RadioMenuItem themeItem(Actions action, Theme theme) {
        var item = new RadioMenuItem(action.text(), action.newIcon());
        item.setToggleGroup(themeGroup);
        item.setUserData(theme);
        item.setSelected(prefs.theme() == theme);
        item.setOnAction(event -> applyTheme(theme));
        item.setId("menu-" + action.id());
        return item;
    }

    private ToolBar toolBar() {
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var database = new Label(context.database().file().getFileName().toString(),
                new FontIcon(Material2OutlinedMZ.STORAGE));
        database.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "database-label");
        database.setTooltip(new Tooltip("Database: " + context.database().file()));
        var themeToggle = new ToggleButton(null, new FontIcon(Material2OutlinedMZ.NIGHTS_STAY));
        themeToggle.setId("tool-theme");
        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        themeToggle.setSelected(prefs.theme() == Theme.DARK);
        themeToggle.setTooltip(new Tooltip("Switch between light and dark"));
        themeToggle.setFocusTraversable(false);
        themeToggle.setOnAction(event -> applyTheme(themeToggle.isSelected() ? Theme.DARK : Theme.LIGHT));
        themeGroup.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected != null) {
                themeToggle.setSelected(selected.getUserData() == Theme.DARK);
            }
        });
        var brandIcon = MainWindow.class.getResource(APP_ICON_SMALL);
        var brand = new Label("Crosscheck", brandIcon == null ? new FontIcon(Material2OutlinedAL.FACT_CHECK)
                : new ImageView(new Image(brandIcon.toExternalForm(), 22, 22, true, true)));
        brand.getStyleClass().add("brand");
        var bar = new ToolBar(brand, new Separator(Orientation.VERTICAL),
                Actions.IMPORT_FILES.toolbarButton(this::chooseFilesToImport),
                Actions.IMPORT_FOLDER.toolbarButton(this::chooseFolderToImport),
                Actions.EXPORT.toolbarButton(this::export),
                spacer, database, themeToggle);
        bar.setId("tool-bar");
        return bar;
    }

    private Node center() {
        centerTabs.getStyleClass().addAll(Styles.TABS_CLASSIC, "center-tabs");
        centerTabs.setId("center-tabs");
        var readerTab = addTab("Reader", Material2OutlinedAL.ARTICLE, readerView);
        compareView.setOnOpenReader(() -> centerTabs.getSelectionModel().select(readerTab));
        incidentDetail.setOnOpenReader(() -> centerTabs.getSelectionModel().select(readerTab));
        mapPane = new MapPane(context, workspace);
        mapPane.onlineTilesProperty().set(prefs.onlineTiles());
        mapPane.onlineTilesProperty().addListener((observable, was, online) -> prefs.setOnlineTiles(online));
        addTabShownLater("Map", Material2OutlinedMZ.MAP, mapPane);
        addTab("Incidents", Material2OutlinedAL.LIST_ALT, incidentList);
        var compareTab = addTabShownLater("Compare", Material2OutlinedAL.COMPARE_ARROWS, compareView);
        compareTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                compareView.refresh();
            }
        });
        var pairTab = addTabShownLater("Side by side", Material2OutlinedAL.COMPARE, pairView);
        pairTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                pairView.refresh();
            }
        });
        articleListView.enableCompare((leftArticle, rightArticle) -> {
            pairView.compare(leftArticle, rightArticle);
            centerTabs.getSelectionModel().select(pairTab);
        });
        workSplit.setOrientation(Orientation.VERTICAL);
        var centerWithDetail = new BorderPane(centerTabs);
        centerWithDetail.setRight(incidentDetail);
        // the compare views show the incident themselves and need the width and some more height
        centerTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) ->
                makeRoomForCompare(centerWithDetail, tab == compareTab || tab == pairTab));
        workSplit.getItems().addAll(centerWithDetail, timelinePane);
        workSplit.getStyleClass().add("work-split");
        timelinePane.setMinHeight(180);
        mainSplit.setOrientation(Orientation.HORIZONTAL);
        mainSplit.getItems().addAll(articleListView, workSplit);
        mainSplit.getStyleClass().add("main-split");
        SplitPane.setResizableWithParent(articleListView, false);
        articleListView.setMinWidth(380);
        centerTabs.minWidthProperty().bind(Bindings.when(incidentDetail.visibleProperty()).then(540).otherwise(460));
        return mainSplit;
    }

    /**
     * While a compare tab is open the detail panel steps aside and the timeline lends the tabs height (up to
     * {@value #COMPARE_SPLIT} of it, keeping the timeline's header and histogram in view); leaving, the timeline
     * gets back the place the analyst gave it.
     */
    private void makeRoomForCompare(BorderPane centerWithDetail, boolean comparing) {
        centerWithDetail.setRight(comparing ? null : incidentDetail);
        if (workSplit.getDividers().isEmpty()) {
            return;
        }
        if (comparing && Double.isNaN(timelineDividerBeforeCompare)) {
            timelineDividerBeforeCompare = workSplit.getDividerPositions()[0];
            var height = workSplit.getHeight();
            var wanted = height <= 0 ? COMPARE_SPLIT
                    : Math.min(COMPARE_SPLIT, 1 - TIMELINE_ROOM_IN_COMPARE / height);
            if (timelineDividerBeforeCompare < wanted) {
                workSplit.setDividerPositions(wanted);
            }
        } else if (!comparing && !Double.isNaN(timelineDividerBeforeCompare)) {
            workSplit.setDividerPositions(timelineDividerBeforeCompare);
            timelineDividerBeforeCompare = Double.NaN;
        }
    }

    /** Switches the whole window, the timeline canvas included, to {@code theme} and remembers it. */
    public void applyTheme(Theme theme) {
        theme.apply();
        prefs.setTheme(theme);
        timelinePane.useDarkColours(theme == Theme.DARK);
        themeGroup.getToggles().stream().filter(t -> t.getUserData() == theme).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Settings: the analyst name written in the audit log (the operating-system user by default). */
    private void askAnalystName() {
        var dialog = new TextInputDialog(context.analyst());
        dialog.setTitle("Analyst name");
        dialog.setHeaderText("Your name as it goes into the audit log of every edit");
        dialogs.show(dialog).ifPresent(name -> {
            context.setAnalyst(name);
            prefs.setAnalystName(context.analyst());
            status.say("Edits are now recorded as " + context.analyst());
        });
    }

    private void showAbout() {
        var version = MainWindow.class.getPackage().getImplementationVersion();
        dialogs.showInformation("Crosscheck " + (version == null ? "(development build)" : version),
                "A workbench for cross-checking reports of attacks: read, compare and grade what each source "
                        + "claims.\n\nDatabase: " + context.database().file() + "\nLicence: GPL-3.0-or-later");
    }

    /**
     * What Tools ▸ Compact database does once the analyst has agreed: the owner of the window closes it and the
     * database, compacts the file and opens both again.
     */
    public void setOnCompactDatabase(Consumer<FileUse> action) {
        onCompactDatabase = action;
    }

    /** Says in the status bar what just happened outside the window's own work (a compaction, say). */
    public void announce(String message) {
        status.say(message);
    }

    /** Tools ▸ Compact database: says how large the file is, how much is in use and how long it takes, and asks. */
    private void compactDatabase() {
        if (!fxTasks.running().isEmpty()) {
            dialogs.showInformation("Work is still running",
                    "Compact the database once the work shown in the status bar has finished or been cancelled.");
            return;
        }
        CompletableFuture.supplyAsync(() -> context.database().fileUse(), queries).whenCompleteAsync((use, failure) -> {
            if (failure != null) {
                dialogs.showError("Cannot compact the database", failure.getCause() == null
                        ? failure.getMessage() : failure.getCause().getMessage());
            } else if (dialogs.confirm("Compact the database?", compactionQuestion(use), "Compact")) {
                rememberLayout();
                onCompactDatabase.accept(use);
            }
        }, Platform::runLater);
    }

    private String compactionQuestion(FileUse use) {
        return (use.worthCompacting() ? "" : "Little space would be given back. ") + "The file "
                + context.database().file().getFileName() + " is " + use.describe() + ". Compacting rewrites it with"
                + " only what is in use: Crosscheck closes the database, compacts it and opens it again, which takes "
                + CompactionView.expectedTime(use) + ". It cannot be stopped once it has started; if Crosscheck is"
                + " closed meanwhile, the file stays as it was.";
    }

    private void quit() {
        if (confirmClose()) {
            rememberLayout();
            stage.close();
        }
    }

    private boolean confirmClose() {
        if (fxTasks.running().isEmpty()) {
            return true;
        }
        var leave = dialogs.confirm("Work is still running",
                "Quitting now cancels it; what has been stored so far is kept.", "Quit anyway");
        if (leave) {
            fxTasks.cancelAll();
        }
        return leave;
    }

    private void rememberLayout() {
        if (!mainSplit.getDividers().isEmpty()) {
            prefs.setDivider(MAIN_SPLIT, mainSplit.getDividerPositions()[0]);
        }
        if (!workSplit.getDividers().isEmpty()) {
            prefs.setDivider(TIMELINE_SPLIT, Double.isNaN(timelineDividerBeforeCompare)
                    ? workSplit.getDividerPositions()[0] : timelineDividerBeforeCompare);
        }
        prefs.rememberWindow(stage);
    }
}
