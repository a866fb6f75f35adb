package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Cuts an article text into runs at every highlight boundary, so each run is drawn as one text node carrying the
 * style classes of all highlights covering it. Overlapping highlights (a site inside a claim) simply stack. One sweep
 * over the boundaries, so a long article with thousands of highlights is cut at once.
 */
final class TextRuns {

    /** A piece {@code [start, end)} of the text and the highlights that cover it, in the order given. */
    record Run(int start, int end, List<Highlight> highlights) {
    }

    private TextRuns() {
    }

    static List<Run> split(int length, List<Highlight> highlights) {
        var cuts = new TreeSet<Integer>();
        cuts.add(0);
        cuts.add(length);
        for (var highlight : highlights) {
            cuts.add(Math.min(length, highlight.span().start()));
            cuts.add(Math.min(length, highlight.span().end()));
        }
        var byStart = IntStream.range(0, highlights.size()).boxed()
                .sorted(Comparator.comparingInt(i -> highlights.get(i).span().start()))
                .toList();
        var active = new TreeSet<Integer>();
        int next = 0;
        var runs = new ArrayList<Run>();
        Integer start = null;
        for (var cut : cuts) {
            if (start != null && cut > start) {
                var from = start;
                while (next < byStart.size() && highlights.get(byStart.get(next)).span().start() <= from) {
                    active.add(byStart.get(next++));
                }
                active.removeIf(i -> highlights.get(i).span().end() <= from);
                runs.add(new Run(from, cut, active.stream().map(highlights::get).toList()));
            }
            start = cut;
        }
        return runs;
    }
}
