package vn.khotin.replica;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * All articles the replica serves, in a compact index ({@link ArticleTable}): per article only its ID, where
 * its line lies in the corpus file ({@link CorpusFile}), its dates, section, a 64-bit title signature and its
 * tags. Pages are built from the line on demand, so 100,000 articles cost a few megabytes of heap. The sample
 * articles and anything added or edited at run time live in memory and take precedence over the file.
 *
 * <p>Thread-safe: readers share a read lock; {@link #add} and {@link #edit} take the write lock.
 */
final class ArticleStore implements AutoCloseable {

    private static final String SAMPLES = "/vn/khotin/replica/samples.jsonl";

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
                store.loadSamples();
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

    private void loadSamples() throws IOException {
        byte[] all;
        try (InputStream in = ArticleStore.class.getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IOException("missing resource " + SAMPLES);
            }
            all = in.readAllBytes();
        }
        int start = 0;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                if (i > start) {
                    ArticleJson.Head h = ArticleJson.scan(all, start, i - start);
                    long id = Long.parseLong(h.id());
                    Category cat = Category.resolve(h.category(), id);
                    OffsetDateTime pub = h.date() == null ? IdDates.dateFor(id) : ArticleJson.parseDate(h.date(), id);
                    addInternal(ArticleJson.parse(all, start, i - start, id, cat, pub, table::resolveRef));
                }
                start = i + 1;
            }
        }
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
        lock.readLock().lock();
        try {
            int pos = table.position(id);
            if (pos < 0 || !table.inFile(pos)) {
                return Optional.ofNullable(memory.get(id));
            }
            return Optional.of(readLine(pos));
        } finally {
            lock.readLock().unlock();
        }
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
        lock.readLock().lock();
        try {
            return table.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean contains(long id) {
        lock.readLock().lock();
        try {
            return table.contains(id);
        } finally {
            lock.readLock().unlock();
        }
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
        withSorted();
        lock.readLock().lock();
        try {
            int[] positions = category == null ? order.byDate : order.byCat[category.currentIndex()];
            List<Long> out = new ArrayList<>();
            for (int i = offset; i < positions.length && out.size() < limit; i++) {
                out.add(table.id(positions[i]));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many articles a section (null: the whole site) lists. */
    int count(Category category) {
        withSorted();
        lock.readLock().lock();
        try {
            return category == null ? order.byDate.length : order.byCat[category.currentIndex()].length;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** All IDs in ascending order (for choosing fault targets). */
    long[] allIds() {
        lock.readLock().lock();
        try {
            return table.sortedIds();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The months that have articles, newest first. */
    List<YearMonth> months() {
        withSorted();
        lock.readLock().lock();
        try {
            return new ArrayList<>(order.months.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** (ID, last-modified epoch second) of every article published in a month, newest first. */
    List<long[]> month(YearMonth ym) {
        withSorted();
        lock.readLock().lock();
        try {
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
        } finally {
            lock.readLock().unlock();
        }
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
        withSorted();
        lock.readLock().lock();
        try {
            int pos = table.position(a.id());
            if (pos < 0) {
                return out;
            }
            int[] section = order.sectionOf(table, pos);
            int at = ListingOrder.indexIn(table, section, pos);
            long sig = TextHashes.titleSignature(a.title());
            record Cand(long id, int score, int dist) {
            }
            List<Cand> cands = new ArrayList<>();
            for (int i = Math.max(0, at - 150); i < Math.min(section.length, at + 151); i++) {
                int p = section[i];
                if (p != pos && !out.contains(table.id(p))) {
                    cands.add(new Cand(table.id(p), Long.bitCount(sig & table.signature(p)), Math.abs(i - at)));
                }
            }
            cands.sort((x, y) -> x.score != y.score ? Integer.compare(y.score, x.score)
                    : x.dist != y.dist ? Integer.compare(x.dist, y.dist) : Long.compare(y.id, x.id));
            for (Cand c : cands) {
                if (out.size() >= n) {
                    break;
                }
                out.add(c.id);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Articles of the same section published before this one, newest first ("Các tin đã đưa"). */
    List<Long> olderInSection(ReplicaArticle a, int n) {
        withSorted();
        lock.readLock().lock();
        try {
            int pos = table.position(a.id());
            if (pos < 0) {
                return List.of();
            }
            int[] section = order.sectionOf(table, pos);
            int at = ListingOrder.indexIn(table, section, pos);
            List<Long> out = new ArrayList<>();
            for (int i = at + 1; i < section.length && out.size() < n; i++) {
                out.add(table.id(section[i]));
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The tag with this ID. */
    Optional<Tag> tagById(long id) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(table.tags.byId(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The tag of this name (matched by slug). */
    Optional<Tag> tagByName(String name) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(table.tags.byName(name));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** IDs of a tag's (or several tags') articles, newest first. */
    List<Long> tagged(List<Tag> tags, int offset, int limit) {
        withSorted();
        lock.readLock().lock();
        try {
            TreeSet<Integer> positions = new TreeSet<>(table::compareNewestFirst);
            for (Tag t : tags) {
                for (int i = 0; i < t.count; i++) {
                    positions.add(t.positions[i]);
                }
            }
            List<Long> out = new ArrayList<>();
            int i = 0;
            for (int p : positions) {
                if (i++ >= offset && out.size() < limit) {
                    out.add(table.id(p));
                }
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of articles with any of the tags. */
    int taggedCount(List<Tag> tags) {
        lock.readLock().lock();
        try {
            Set<Integer> positions = new HashSet<>();
            for (Tag t : tags) {
                for (int i = 0; i < t.count; i++) {
                    positions.add(t.positions[i]);
                }
            }
            return positions.size();
        } finally {
            lock.readLock().unlock();
        }
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
