package vn.khotin.replica;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * All articles the replica serves, in a compact index ({@link ArticleTable}): per article only its ID, where
 * its line lies in the corpus file ({@link CorpusFile}), its dates, section, a 64-bit title signature and its
 * tags. Pages are built from the line on demand, so 100,000 articles cost a few megabytes of heap. The sample
 * articles and anything added or edited at run time live in memory and take precedence over the file.
 * {@link SectionNeighbours} and {@link TaggedArticles} answer the queries that walk table positions.
 *
 * <p>Thread-safe: readers share a read lock; {@link #add} and {@link #edit} take the write lock.
 */
final class ArticleStore implements AutoCloseable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ArticleTable table = new ArticleTable();
    private final Map<Long, ReplicaArticle> memory = new ConcurrentHashMap<>();
    private final CorpusFile corpus;
    private final List<String> warnings = new ArrayList<>();
    private int skipped;

    private boolean dirty = true;
    private ListingOrder order = ListingOrder.EMPTY;

    private ArticleStore(CorpusFile corpus) {
        this.corpus = corpus;
    }

    /**
     * Loads the sample articles and/or a corpus file (JSON Lines, plain or .gz). Malformed lines are skipped
     * and reported by {@link #warnings()}.
     *
     * @throws IOException when the corpus cannot be read
     * @throws IllegalArgumentException when the corpus holds no usable line
     */
    static ArticleStore load(Path corpus, boolean samples) throws IOException {
        ArticleStore store = new ArticleStore(corpus == null ? null : CorpusFile.open(corpus));
        try {
            if (samples) {
                SampleArticles.read(store.table::resolveRef, store::addInternal);
            }
            if (store.corpus != null) {
                store.indexCorpus();
            }
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private void indexCorpus() throws IOException {
        CorpusFile.Scan scan = corpus.scan(warnings);
        skipped += scan.skipped();
        if (scan.lines().isEmpty()) {
            throw new IllegalArgumentException("không có dòng bài viết hợp lệ nào trong " + corpus.path());
        }
        skipped += table.addCorpusLines(scan.lines(), memory::remove, warnings);
        dirty = true;
    }

    private void addInternal(ReplicaArticle a) {
        memory.put(a.id(), a);
        table.putMemoryRow(a);
        dirty = true;
    }

    /** Adds (or replaces) articles; they appear in listings, feeds and sitemaps at once. */
    void add(List<ReplicaArticle> articles) {
        lock.writeLock().lock();
        try {
            articles.forEach(this::addInternal);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces an article by an edited version; returns the new version, or empty if the ID is unknown. */
    Optional<ReplicaArticle> edit(long id, UnaryOperator<ReplicaArticle> change) {
        lock.writeLock().lock();
        try {
            Optional<ReplicaArticle> cur = get(id);
            if (cur.isEmpty()) {
                return cur;
            }
            ReplicaArticle next = change.apply(cur.get());
            if (next.id() != id) {
                throw new IllegalArgumentException("edit must keep the ID");
            }
            addInternal(next);
            return Optional.of(next);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The article with this ID, built from its line when it is not in memory. */
    Optional<ReplicaArticle> get(long id) {
        ReplicaArticle m = memory.get(id);
        if (m != null) {
            return Optional.of(m);
        }
        return read(() -> {
            int pos = table.position(id);
            return pos < 0 || !table.inFile(pos) ? Optional.ofNullable(memory.get(id)) : Optional.of(readLine(pos));
        });
    }

    private ReplicaArticle readLine(int pos) {
        byte[] b = corpus.read(table.offset(pos), table.length(pos));
        long id = table.id(pos);
        long pubSecond = table.publishedSecond(pos);
        long modSecond = table.modifiedSecond(pos);
        OffsetDateTime pub = Instant.ofEpochSecond(pubSecond).atOffset(IdDates.VN);
        ReplicaArticle a = ArticleJson.parse(b, 0, b.length, id, table.category(pos), pub, table::resolveRef);
        if (modSecond > pubSecond && a.updated() == null) {
            a = a.edited(null, null, null, Instant.ofEpochSecond(modSecond).atOffset(IdDates.VN));
        }
        return a;
    }

    int size() {
        return read(table::size);
    }

    boolean contains(long id) {
        return read(() -> table.contains(id));
    }

    /** Lines skipped at load. */
    int skipped() {
        return skipped;
    }

    /** The first problems met while loading, in Vietnamese, for the operator. */
    List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    /** IDs, newest first, from {@code offset}; {@code category} null for all sections. */
    List<Long> newest(Category category, int offset, int limit) {
        return readSorted(() -> {
            int[] positions = category == null ? order.byDate : order.byCat[category.currentIndex()];
            List<Long> out = new ArrayList<>();
            for (int i = offset; i < positions.length && out.size() < limit; i++) {
                out.add(table.id(positions[i]));
            }
            return out;
        });
    }

    /** How many articles a section (null: the whole site) lists. */
    int count(Category category) {
        return readSorted(() -> category == null ? order.byDate.length : order.byCat[category.currentIndex()].length);
    }

    /** All IDs in ascending order (for choosing fault targets). */
    long[] allIds() {
        return read(table::sortedIds);
    }

    /** The months that have articles, newest first. */
    List<YearMonth> months() {
        return readSorted(() -> new ArrayList<>(order.months.keySet()));
    }

    /** (ID, last-modified epoch second) of every article published in a month, newest first. */
    List<long[]> month(YearMonth ym) {
        return readSorted(() -> {
            int[] range = order.months.get(ym);
            if (range == null) {
                return List.of();
            }
            List<long[]> out = new ArrayList<>(range[1] - range[0]);
            for (int i = range[0]; i < range[1]; i++) {
                int pos = order.byDate[i];
                out.add(new long[] {table.id(pos), table.modifiedSecond(pos)});
            }
            return out;
        });
    }

    /** Last-modified epoch second of the newest edit in a month (for the sitemap index). */
    long monthLastModified(YearMonth ym) {
        long max = 0;
        for (long[] e : month(ym)) {
            max = Math.max(max, e[1]);
        }
        return max;
    }

    /** Related IDs: the editors' choice first, then same-section neighbours sharing the most title words. */
    List<Long> related(ReplicaArticle a, int n) {
        List<Long> out = new ArrayList<>();
        for (Long r : a.related()) {
            if (out.size() < n && contains(r)) {
                out.add(r);
            }
        }
        if (out.size() >= n) {
            return out;
        }
        return readSorted(() -> {
            int pos = table.position(a.id());
            if (pos >= 0) {
                SectionNeighbours.addRelated(table, order.sectionOf(table, pos), pos, TextHashes.titleSignature(a.title()), out, n);
            }
            return out;
        });
    }

    /** Articles of the same section published before this one, newest first ("Các tin đã đưa"). */
    List<Long> olderInSection(ReplicaArticle a, int n) {
        return readSorted(() -> {
            int pos = table.position(a.id());
            return pos < 0 ? List.of() : SectionNeighbours.older(table, order.sectionOf(table, pos), pos, n);
        });
    }

    /** The tag with this ID. */
    Optional<Tag> tagById(long id) {
        return read(() -> Optional.ofNullable(table.tags.byId(id)));
    }

    /** The tag of this name (matched by slug). */
    Optional<Tag> tagByName(String name) {
        return read(() -> Optional.ofNullable(table.tags.byName(name)));
    }

    /** IDs of a tag's (or several tags') articles, newest first. */
    List<Long> tagged(List<Tag> tags, int offset, int limit) {
        return readSorted(() -> TaggedArticles.newestFirst(table, tags, offset, limit));
    }

    /** Number of articles with any of the tags. */
    int taggedCount(List<Tag> tags) {
        return read(() -> TaggedArticles.count(tags));
    }

    private <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A read that walks the listing orders, which are brought up to date first (under the write lock). */
    private <T> T readSorted(Supplier<T> reading) {
        withSorted();
        return read(reading);
    }

    /** Rebuilds the sorted orders after a change; cheap enough for the rare writes tests make. */
    private void withSorted() {
        lock.readLock().lock();
        try {
            if (!dirty) {
                return;
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (!dirty) {
                return;
            }
            order = ListingOrder.of(table);
            table.tags.sortPositions(table::compareNewestFirst);
            dirty = false;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() throws IOException {
        if (corpus != null) {
            corpus.close();
        }
    }
}
