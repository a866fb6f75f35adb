package org.crosscheck.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.crosscheck.store.ClaimRepository;
import org.crosscheck.store.Database;
import org.crosscheck.store.GradeRepository;
import org.crosscheck.store.IncidentRepository;
import org.crosscheck.store.LinkRepository;
import org.crosscheck.store.TagRepository;

/**
 * Applies the analyst's edits, each in one H2 transaction together with its audit lines, and keeps the undo and
 * redo stacks of the session. A failed edit leaves the database and both stacks as they were.
 */
public final class EditService {

    private final Database database;
    private final ClaimRepository claims;
    private final IncidentRepository incidents;
    private final LinkRepository links;
    private final TagRepository tags;
    private final GradeRepository grades;
    private final Supplier<String> analyst;
    private final Deque<Edit> undoStack = new ArrayDeque<>();
    private final Deque<Edit> redoStack = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EditService(Database database, ClaimRepository claims, IncidentRepository incidents, LinkRepository links,
                       TagRepository tags, GradeRepository grades, Supplier<String> analyst) {
        this.database = database;
        this.claims = claims;
        this.incidents = incidents;
        this.links = links;
        this.tags = tags;
        this.grades = grades;
        this.analyst = analyst;
    }

    /** Applies the edit in one transaction and makes it the one to undo next; the redo stack is cleared. */
    public synchronized <E extends Edit> E perform(E edit) {
        run(edit, true);
        undoStack.push(edit);
        redoStack.clear();
        fireChanged();
        return edit;
    }

    /** Undoes the latest edit; returns it, or empty when there is nothing to undo. */
    public synchronized Optional<Edit> undo() {
        if (undoStack.isEmpty()) {
            return Optional.empty();
        }
        var edit = undoStack.peek();
        run(edit, false);
        undoStack.pop();
        redoStack.push(edit);
        fireChanged();
        return Optional.of(edit);
    }

    /** Applies again the edit undone last; returns it, or empty when there is nothing to redo. */
    public synchronized Optional<Edit> redo() {
        if (redoStack.isEmpty()) {
            return Optional.empty();
        }
        var edit = redoStack.peek();
        run(edit, true);
        redoStack.pop();
        undoStack.push(edit);
        fireChanged();
        return Optional.of(edit);
    }

    public synchronized boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** The description of the edit {@link #undo()} would undo. */
    public synchronized Optional<String> undoDescription() {
        return Optional.ofNullable(undoStack.peek()).map(Edit::description);
    }

    public synchronized Optional<String> redoDescription() {
        return Optional.ofNullable(redoStack.peek()).map(Edit::description);
    }

    /** Forgets the history, e.g. after the data was replaced by an import. */
    public synchronized void clearHistory() {
        undoStack.clear();
        redoStack.clear();
        fireChanged();
    }

    /** Called (on the editing thread) after every perform, undo, redo or clear. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** The name that goes in the audit log for edits made now. */
    public String analyst() {
        return analyst.get();
    }

    private void run(Edit edit, boolean forward) {
        var context = new EditContext(claims, incidents, links, tags, grades, analyst.get());
        database.transaction(() -> {
            if (forward) {
                edit.apply(context);
            } else {
                edit.revert(context);
            }
            return null;
        });
    }

    private void fireChanged() {
        listeners.forEach(Runnable::run);
    }
}
