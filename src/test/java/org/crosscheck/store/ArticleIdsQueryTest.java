package org.crosscheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class ArticleIdsQueryTest {

    private static final String ID = "id";
    private static final String ID_ORDER = "id_order";
    private static final String DAY = "day";

    private static Document document(long id) {
        var document = new Document();
        document.add(new StringField(ID, Long.toString(id), Field.Store.NO));
        document.add(new NumericDocValuesField(ID_ORDER, id));
        document.add(new LongPoint(DAY, id % 30));
        return document;
    }

    /** The article ids the query matches, in id order, over several segments with replaced and deleted documents. */
    private static List<Long> matches(Query query) throws IOException {
        try (var directory = new ByteBuffersDirectory();
             var writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (long id = 1; id <= 300; id++) {
                writer.addDocument(document(id));
                if (id % 100 == 0) {
                    writer.commit();
                }
            }
            writer.updateDocument(new Term(ID, "7"), document(7));
            writer.deleteDocuments(new Term(ID, "8"));
            writer.commit();
            try (var reader = DirectoryReader.open(writer)) {
                var top = new IndexSearcher(reader).search(query, 1000, new Sort(new SortField(ID_ORDER,
                        SortField.Type.LONG)));
                var ids = new ArrayList<Long>();
                for (var hit : top.scoreDocs) {
                    ids.add((Long) ((FieldDoc) hit).fields[0]);
                }
                return ids;
            }
        }
    }

    @Test
    void matchesExactlyTheLiveDocumentsWithTheGivenIds() throws IOException {
        var random = new Random(17);
        Set<Long> wanted = new TreeSet<>(List.of(1L, 7L, 8L, 100L, 101L, 300L, 301L, 5_000L));
        for (int i = 0; i < 60; i++) {
            wanted.add(1L + random.nextInt(300));
        }
        var expected = wanted.stream().filter(id -> id <= 300 && id != 8).toList();

        assertThat(matches(new ArticleIdsQuery(ID_ORDER, wanted))).containsExactlyElementsOf(expected);
        assertThat(matches(new ArticleIdsQuery(ID_ORDER, List.of()))).isEmpty();
    }

    @Test
    void joinsARangeAsEitherOfTwoConditions() throws IOException {
        var eitherOr = new BooleanQuery.Builder()
                .add(LongPoint.newRangeQuery(DAY, 0, 0), Occur.SHOULD)
                .add(new ArticleIdsQuery(ID_ORDER, List.of(2L, 30L, 31L)), Occur.SHOULD)
                .build();

        assertThat(matches(eitherOr)).containsExactly(2L, 30L, 31L, 60L, 90L, 120L, 150L, 180L, 210L, 240L, 270L,
                300L);
    }

    @Test
    void equalsAnotherQueryOnlyForTheSameIds() {
        var query = new ArticleIdsQuery(ID_ORDER, List.of(3L, 4L));

        assertThat(query).isEqualTo(new ArticleIdsQuery(ID_ORDER, List.of(4L, 3L, 3L)))
                .hasSameHashCodeAs(new ArticleIdsQuery(ID_ORDER, List.of(4L, 3L)))
                .isNotEqualTo(new ArticleIdsQuery(ID_ORDER, List.of(3L)))
                .isNotEqualTo(new ArticleIdsQuery("other", List.of(3L, 4L)));
        assertThat(query.toString()).isEqualTo("id_order:{2 ids}");
    }

    @Test
    void refusesAnIdBeyondWhatH2HandsOut() {
        assertThatThrownBy(() -> new ArticleIdsQuery(ID_ORDER, List.of(1L << 31)))
                .isInstanceOf(ArithmeticException.class);
    }
}
