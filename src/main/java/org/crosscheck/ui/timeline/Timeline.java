package org.crosscheck.ui.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.crosscheck.model.DateRange;
import org.crosscheck.render.timeline.DaySpan;
import org.crosscheck.render.timeline.TimelineData;
import org.crosscheck.render.timeline.TimelineItem;
import org.crosscheck.render.timeline.TimelinePalette;

/**
 * The timeline control: incidents in one lane per site along a time axis, with a weekly histogram strip and a
 * range brush. Zoom with the wheel, pan by dragging, brush by dragging on the histogram strip (or Shift-drag in
 * the lanes), click a mark to select it. Everything it shows comes through its properties; it never reads the
 * database. Drawing happens on a canvas in {@link TimelineSkin}.
 */
public class Timeline extends Control {

    public static final String STYLE_CLASS = "timeline";
    public static final String CANVAS_STYLE_CLASS = "timeline-canvas";

    private final ObservableList<TimelineItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimelineData> data =
            new ReadOnlyObjectWrapper<>(this, "data", TimelineData.EMPTY);
    private final ObjectProperty<Long> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ObjectProperty<DaySpan> visibleSpan = new SimpleObjectProperty<>(this, "visibleSpan");
    private final ObjectProperty<DateRange> brush = new SimpleObjectProperty<>(this, "brush", DateRange.ALL);
    private final ReadOnlyBooleanWrapper brushAdjusting = new ReadOnlyBooleanWrapper(this, "brushAdjusting");
    private final ReadOnlyObjectWrapper<TimelineItem> hoveredItem = new ReadOnlyObjectWrapper<>(this, "hoveredItem");
    private final ObjectProperty<TimelinePalette> palette =
            new SimpleObjectProperty<>(this, "palette", TimelinePalette.LIGHT);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    public Timeline() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        items.addListener((ListChangeListener<TimelineItem>) change -> {
            var fitted = visibleSpan.get() == null || visibleSpan.get().equals(data.get().fullSpan());
            data.set(TimelineData.of(items));
            if (fitted) {
                fit();
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    /** The incidents to show; replace them with {@code setAll} to rebuild the lanes once. */
    public ObservableList<TimelineItem> getItems() {
        return items;
    }

    /** The items prepared for drawing (lanes, histogram), rebuilt whenever the items change. */
    public ReadOnlyObjectProperty<TimelineData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public TimelineData getData() {
        return data.get();
    }

    /** The id of the selected incident, or null. */
    public ObjectProperty<Long> selectedIdProperty() {
        return selectedId;
    }

    public Long getSelectedId() {
        return selectedId.get();
    }

    public void setSelectedId(Long id) {
        selectedId.set(id);
    }

    /** The days in view; set to the items' full span when they are first loaded and by {@link #fit()}. */
    public ObjectProperty<DaySpan> visibleSpanProperty() {
        return visibleSpan;
    }

    public DaySpan getVisibleSpan() {
        return visibleSpan.get();
    }

    public void setVisibleSpan(DaySpan span) {
        visibleSpan.set(span);
    }

    /** The brushed days; {@link DateRange#ALL} when there is no brush. */
    public ObjectProperty<DateRange> brushProperty() {
        return brush;
    }

    public DateRange getBrush() {
        return brush.get();
    }

    public void setBrush(DateRange range) {
        brush.set(range == null ? DateRange.ALL : range);
    }

    public void clearBrush() {
        setBrush(DateRange.ALL);
    }

    /** True while the user is dragging the brush; listeners that query on brush changes may wait for false. */
    public ReadOnlyBooleanProperty brushAdjustingProperty() {
        return brushAdjusting.getReadOnlyProperty();
    }

    public boolean isBrushAdjusting() {
        return brushAdjusting.get();
    }

    void setBrushAdjusting(boolean adjusting) {
        brushAdjusting.set(adjusting);
    }

    /** The incident under the mouse, or null. */
    public ReadOnlyObjectProperty<TimelineItem> hoveredItemProperty() {
        return hoveredItem.getReadOnlyProperty();
    }

    void setHoveredItem(TimelineItem item) {
        hoveredItem.set(item);
    }

    /** The colours; {@link TimelinePalette#DARK} for a dark theme. */
    public ObjectProperty<TimelinePalette> paletteProperty() {
        return palette;
    }

    /** Whether the incidents are still being loaded: an empty timeline then says so. */
    public BooleanProperty loadingProperty() {
        return loading;
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** Shows every incident, first to last. */
    public void fit() {
        visibleSpan.set(data.get().fullSpan());
    }

    /** Pans, without zooming, so incident {@code id} is in view (when it is not already). */
    public void reveal(long id) {
        var span = visibleSpan.get();
        data.get().find(id).ifPresent(item -> {
            var day = item.epochDay() + 0.5;
            if (span == null) {
                fit();
            } else if (day < span.start() || day > span.end()) {
                visibleSpan.set(span.pan(day - (span.start() + span.end()) / 2));
            }
        });
    }
}
