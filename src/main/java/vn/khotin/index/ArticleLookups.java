package vn.khotin.index;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.khotin.model.CaptureRef;

/**
 * Reads of the index that are not searches: one article's stored fields by ID, the first or last article by
 * date, every ID. Each works on the searcher it is given, so that the caller decides which state of the index
 * it reads.
 */
final class ArticleLookups {

    private ArticleLookups() {
    }

    /** The stored fields of the article with this ID, if it is in the index. */
    static Optional<Document> stored(IndexSearcher searcher, long id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ArticleSchema.ID, Long.toString(id))), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }

    /** The reference to the archived capture an article was extracted from, or null when it has none. */
    static CaptureRef capture(Document doc) {
        String ref = doc.get(ArticleSchema.CAPTURE);
        return ref == null ? null : CaptureRef.parse(ref);
    }

    /** When the article's page was fetched, or null when unknown. */
    static Instant fetched(Document doc) {
        IndexableField fetched = doc.getField(ArticleSchema.FETCHED);
        return fetched == null ? null : Instant.ofEpochMilli(fetched.numericValue().longValue());
    }

    /** A copy of the article's stored JSON, which outlives the searcher. */
    static Optional<byte[]> source(Document doc) {
        BytesRef bytes = doc.getBinaryValue(ArticleSchema.SOURCE);
        return Optional.ofNullable(bytes == null ? null : BytesRef.deepCopyOf(bytes).bytes);
    }

    /** The ID of the article published first ({@code newest = false}) or last, among those with a date. */
    static OptionalLong byPublished(IndexSearcher searcher, boolean newest) throws IOException {
        SortField field = new SortField(ArticleSchema.PUBLISHED, SortField.Type.LONG, newest);
        field.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
        // among articles of the same moment the lowest ID, so that stats names the same one at every run
        TopDocs top = searcher.search(new FieldExistsQuery(ArticleSchema.PUBLISHED), 1,
                new Sort(field, new SortField(ArticleSchema.ID, SortField.Type.LONG)));
        if (top.scoreDocs.length == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(searcher.storedFields().document(top.scoreDocs[0].doc).get(ArticleSchema.ID)));
    }

    /** The IDs of the live articles the searcher sees, in index order. */
    static List<Long> ids(IndexSearcher searcher) throws IOException {
        List<Long> out = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ArticleSchema.ID);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.add(ids.longValue());
                }
            }
        }
        return out;
    }
}
