package org.crosscheck.edit;

/**
 * One analyst edit as an object, so it can be applied, undone and redone. {@link EditService} runs
 * {@link #apply} and {@link #revert} each inside one database transaction; an edit remembers during
 * {@code apply} whatever it needs to put things back.
 */
public interface Edit {

    /** A short description for menus and the status bar, e.g. "Delete claim 12". */
    String description();

    void apply(EditContext context);

    void revert(EditContext context);
}
