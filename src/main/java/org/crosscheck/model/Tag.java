package org.crosscheck.model;

/** An analyst-defined label with a colour (CSS hex) and an optional digit shortcut 1–9. */
public record Tag(long id, String name, String color, Integer shortcut) {
}
