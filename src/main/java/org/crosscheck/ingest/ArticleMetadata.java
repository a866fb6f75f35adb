package org.crosscheck.ingest;

import java.time.LocalDate;
import org.crosscheck.model.DateBasis;
import org.crosscheck.model.Span;

/**
 * What an article states about itself: outlet, headline, language and publication date. A value the text does not
 * state is null; a value found in the text keeps its span, a value stated only in markup (HTML meta) has a null span.
 */
public record ArticleMetadata(String outlet, Span outletSpan, String title, Span titleSpan, String language,
                              LocalDate published, DateBasis publishedBasis, Span publishedSpan) {
}
