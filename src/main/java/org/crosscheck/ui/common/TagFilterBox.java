package org.crosscheck.ui.common;

import java.util.ArrayList;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.crosscheck.model.Tag;

/**
 * "All tags" or one tag, for the lists that can be narrowed to the items carrying a tag; it follows the tag list it
 * is given (keeping the chosen tag when it is still there) and hides while there is no tag at all.
 */
public final class TagFilterBox extends ComboBox<Tag> {

    public TagFilterBox(String id, String tooltip, ObservableList<Tag> tags, Consumer<Tag> onChoice) {
        setId(id);
        setPromptText("All tags");
        setTooltip(new Tooltip(tooltip));
        setPrefWidth(130);
        setMinWidth(Region.USE_PREF_SIZE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag tag) {
                return tag == null ? "All tags" : tag.name();
            }

            @Override
            public Tag fromString(String text) {
                return null;
            }
        });
        tags.addListener((ListChangeListener<Tag>) change -> {
            var chosen = getValue();
            var choices = new ArrayList<Tag>();
            choices.add(null);
            choices.addAll(tags);
            getItems().setAll(choices);
            setValue(chosen == null ? null : tags.stream().filter(tag -> tag.id() == chosen.id()).findFirst()
                    .orElse(null));
        });
        valueProperty().addListener((obs, old, tag) -> onChoice.accept(tag));
        visibleProperty().bind(Bindings.isNotEmpty(tags));
        managedProperty().bind(visibleProperty());
    }
}
