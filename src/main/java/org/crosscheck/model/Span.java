package org.crosscheck.model;

/**
 * A half-open character range {@code [start, end)} in an article's stored text; every extracted value keeps one
 * so the analyst can see exactly where it came from.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public String of(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }
}
