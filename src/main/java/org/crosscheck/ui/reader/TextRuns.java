package org.crosscheck.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts an article text into runs at every highlight boundary, so each run is drawn as one text node carrying the
 * style classes of all highlights covering it. Overlapping highlights (a site inside a claim) simply stack.
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
        var runs = new ArrayList<Run>();
        Integer start = null;
        for (var cut : cuts) {
            if (start != null && cut > start) {
                var from = start;
                var covering = highlights.stream()
                        .filter(h -> h.span().start() <= from && h.span().end() >= cut)
                        .toList();
                runs.add(new Run(from, cut, covering));
            }
            start = cut;
        }
        return runs;
    }
}
