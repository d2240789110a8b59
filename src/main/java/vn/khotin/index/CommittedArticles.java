package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import vn.khotin.model.CaptureRef;

/**
 * The articles of an index as last committed, read without the writer's lock, so that another process (a crawl,
 * the server) may keep writing: for exporting the archive elsewhere. Articles are listed in the order of their
 * fetch time, then ID, which is the order in which a crawl adds them.
 */
public final class CommittedArticles implements Closeable {

    /** Where an article is in the order: its fetch time (epoch ms, 0 when unknown) and ID. */
    public record Position(long fetched, long id) implements Comparable<Position> {
        /** Before every article. */
        public static final Position START = new Position(Long.MIN_VALUE, Long.MIN_VALUE);

        private static final Comparator<Position> ORDER =
                Comparator.comparingLong(Position::fetched).thenComparingLong(Position::id);

        @Override
        public int compareTo(Position o) {
            return ORDER.compare(this, o);
        }
    }

    /** An article's position and its document in the current commit. */
    public record Entry(Position position, int doc) {}

    private final Directory directory;
    private DirectoryReader reader;

    private CommittedArticles(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** Opens the last commit of the index in {@code luceneDir}; fails when there is no index there. */
    public static CommittedArticles open(Path luceneDir) throws IOException {
        if (!Files.isDirectory(luceneDir)) {
            throw new IOException("no index at " + luceneDir);
        }
        Directory dir = FSDirectory.open(luceneDir);
        try {
            return new CommittedArticles(dir, DirectoryReader.open(dir));
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Moves to the newest commit; true when there was a newer one. */
    public boolean refresh() throws IOException {
        DirectoryReader newer = DirectoryReader.openIfChanged(reader);
        if (newer == null) {
            return false;
        }
        reader.close();
        reader = newer;
        return true;
    }

    /** The number of articles in the current commit. */
    public int count() {
        return reader.numDocs();
    }

    /** The articles after {@code after} in the order of {@link Position}. */
    public List<Entry> after(Position after) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ArticleSchema.ID);
            NumericDocValues fetched = DocValues.getNumeric(leaf.reader(), ArticleSchema.FETCHED);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                long time = fetched.advanceExact(doc) ? fetched.longValue() : 0;
                Position p = new Position(time, ids.longValue());
                if (p.compareTo(after) > 0) {
                    out.add(new Entry(p, leaf.docBase + doc));
                }
            }
        }
        out.sort(Comparator.comparing(Entry::position));
        return out;
    }

    /** The stored articles of entries of the current commit, in the order given. */
    public List<IndexedArticle> read(List<Entry> entries) throws IOException {
        StoredFields stored = reader.storedFields();
        List<IndexedArticle> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Document doc = stored.document(e.doc());
            BytesRef source = doc.getBinaryValue(ArticleSchema.SOURCE);
            if (source == null) {
                throw new IOException("article " + e.position().id() + " has no stored source");
            }
            String capture = doc.get(ArticleSchema.CAPTURE);
            Instant fetched = e.position().fetched() > 0 ? Instant.ofEpochMilli(e.position().fetched()) : null;
            out.add(new IndexedArticle(ArticleJson.read(source.bytes, source.offset, source.length),
                    capture == null ? null : CaptureRef.parse(capture), fetched));
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
