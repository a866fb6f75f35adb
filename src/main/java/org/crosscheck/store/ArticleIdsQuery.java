package org.crosscheck.store;

import java.io.IOException;
import java.util.BitSet;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Matches the documents whose article id (a numeric doc value) is one of a set of ids, held as bits. A brush's window
 * names tens of thousands of reporting articles; as terms, each search sorted them and walked the whole id
 * dictionary against them, while here each document's id is looked up as a bit, so the cost is one pass over the
 * segment's doc values whatever the number of ids.
 */
final class ArticleIdsQuery extends Query {

    private final String field;
    private final BitSet ids;

    /** The ids must be from 0 to {@link Integer#MAX_VALUE}, as H2 hands them out; another fails loudly. */
    ArticleIdsQuery(String field, Collection<Long> articleIds) {
        this.field = field;
        this.ids = new BitSet();
        for (long id : articleIds) {
            ids.set(Math.toIntExact(id));
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                var values = DocValues.getNumeric(context.reader(), field);
                var matching = new TwoPhaseIterator(values) {
                    @Override
                    public boolean matches() throws IOException {
                        long id = values.longValue();
                        return id >= 0 && id <= Integer.MAX_VALUE && ids.get((int) id);
                    }

                    @Override
                    public float matchCost() {
                        return 2;
                    }
                };
                return new ConstantScoreScorer(this, score(), scoreMode, matching);
            }

            /** Not cached: a set of ids is rarely asked for twice, and caching would hold its bits per segment. */
            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return field + ":{" + ids.cardinality() + " ids}";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((ArticleIdsQuery) other).field)
                && ids.equals(((ArticleIdsQuery) other).ids);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + field.hashCode()) + ids.hashCode();
    }
}
