package vn.khotin.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * All articles the replica serves, in a compact index: per article only its ID, where its line lies in the
 * corpus file, its dates, section, a 64-bit title signature and its tags. Pages are built from the line on
 * demand, so 100,000 articles cost a few megabytes of heap. The sample articles and anything added or
 * edited at run time live in memory and take precedence over the file.
 *
 * <p>Thread-safe: readers share a read lock; {@link #add} and {@link #edit} take the write lock.
 */
final class ArticleStore implements AutoCloseable {

    static final List<Category> ALL_CATEGORIES;

    static {
        List<Category> all = new ArrayList<>(Category.CURRENT);
        all.addAll(Category.OLD);
        ALL_CATEGORIES = List.copyOf(all);
    }

    private static final String SAMPLES = "/vn/khotin/replica/samples.jsonl";

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long[] ids = new long[64];
    private long[] offsets = new long[64];
    private int[] lengths = new int[64];
    private long[] pubSeconds = new long[64];
    private long[] modSeconds = new long[64];
    private byte[] cats = new byte[64];
    private long[] sigs = new long[64];
    private int size;
    private final LongIntMap posById = new LongIntMap(1024);
    /** Hash of a non-numeric corpus id → the numeric ID it was given, for "related" references. */
    private final LongIntMap posByTextId = new LongIntMap(1024);
    private final Map<Long, ReplicaArticle> memory = new ConcurrentHashMap<>();
    private final Map<String, Tag> tagsBySlug = new HashMap<>();
    private final Map<Long, Tag> tagsById = new HashMap<>();

    private final Path file;
    private final boolean tempFile;
    private final FileChannel channel;
    private final List<String> warnings = new ArrayList<>();
    private int skipped;

    private boolean dirty = true;
    private int[] byDate = new int[0];
    private int[][] byCat = new int[Category.CURRENT.size()][];
    private Map<YearMonth, int[]> months = Map.of();

    /** A tag: stable numeric ID, display name, and the positions of its articles. */
    static final class Tag {
        final long id;
        final String name;
        final String slug;
        int[] positions = new int[4];
        int count;

        Tag(long id, String name, String slug) {
            this.id = id;
            this.name = name;
            this.slug = slug;
        }

        void add(int pos) {
            if (count > 0 && positions[count - 1] == pos) {
                return;
            }
            if (count == positions.length) {
                positions = Arrays.copyOf(positions, count * 2);
            }
            positions[count++] = pos;
        }
    }

    private ArticleStore(Path file, boolean tempFile) throws IOException {
        this.file = file;
        this.tempFile = tempFile;
        this.channel = file == null ? null : FileChannel.open(file, StandardOpenOption.READ);
    }

    /**
     * Loads the sample articles and/or a corpus file (JSON Lines, plain or .gz). Malformed lines are skipped
     * and reported by {@link #warnings()}.
     *
     * @throws IOException when the corpus cannot be read
     * @throws IllegalArgumentException when the corpus holds no usable line
     */
    static ArticleStore load(Path corpus, boolean samples) throws IOException {
        Path file = null;
        boolean temp = false;
        if (corpus != null) {
            if (corpus.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                // Decompress once so that any line can be read again later by offset.
                file = Files.createTempFile("khotin-replica-", ".jsonl");
                temp = true;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(corpus), 1 << 16)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
            } else {
                file = corpus;
            }
        }
        ArticleStore store = new ArticleStore(file, temp);
        try {
            if (samples) {
                store.loadSamples();
            }
            if (file != null) {
                store.indexFile();
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
                    ReplicaArticle a = ArticleJson.parse(all, start, i - start, id, cat, pub, this::resolveRef);
                    addInternal(a);
                }
                start = i + 1;
            }
        }
    }

    /** Pass 1 registers numeric IDs; pass 2 gives the others stable IDs that collide with none of them. */
    private void indexFile() throws IOException {
        record Pending(long offset, int length, String textId, String date, String updated, String category,
                long sig, List<String> tags, long numericId) {
        }
        List<Pending> pending = new ArrayList<>();
        long lineNo = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            byte[] arr = buf.array();
            long base = 0; // file offset of arr[0]
            int filled = 0;
            boolean eof = false;
            while (!eof || filled > 0) {
                if (!eof) {
                    buf.position(filled);
                    int n = ch.read(buf);
                    if (n < 0) {
                        eof = true;
                    } else {
                        filled += n;
                    }
                }
                int start = 0;
                for (int i = 0; i < filled; i++) {
                    if (arr[i] == '\n' || (eof && i == filled - 1)) {
                        int end = arr[i] == '\n' ? i : i + 1;
                        lineNo++;
                        int len = end - start;
                        if (len > 0 && end > 0 && arr[end - 1] == '\r') {
                            len--;
                        }
                        if (len > 0 && !isBlank(arr, start, len)) {
                            try {
                                ArticleJson.Head h = ArticleJson.scan(arr, start, len);
                                long num = h.numeric() ? Long.parseLong(h.id()) : -1;
                                pending.add(new Pending(base + start, len, h.numeric() ? null : h.id(), h.date(),
                                        h.updated(), h.category(), signature(h.title()), h.tags(), num));
                            } catch (RuntimeException e) {
                                skipped++;
                                if (warnings.size() < 20) {
                                    warnings.add("dòng " + lineNo + ": " + e.getMessage());
                                }
                            }
                        }
                        start = i + 1;
                    }
                }
                if (eof) {
                    break;
                }
                // Keep the incomplete last line; grow the buffer when one line fills it.
                System.arraycopy(arr, start, arr, 0, filled - start);
                base += start;
                filled -= start;
                if (filled == arr.length) {
                    ByteBuffer bigger = ByteBuffer.allocate(arr.length * 2);
                    bigger.put(0, arr, 0, filled);
                    buf = bigger;
                    arr = buf.array();
                }
            }
        }
        if (pending.isEmpty()) {
            throw new IllegalArgumentException("không có dòng bài viết hợp lệ nào trong " + file);
        }
        long[] assigned = new long[pending.size()];
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.numericId >= 0) {
                assigned[i] = p.numericId;
                int old = posById.get(p.numericId);
                if (old >= 0 && offsets[old] >= 0) {
                    skipped++;
                    warnings.add("id trùng lặp: " + p.numericId);
                    assigned[i] = -1;
                    continue;
                }
                // A corpus line with a sample's ID replaces the sample.
                memory.remove(p.numericId);
                posById.put(p.numericId, old >= 0 ? old : size);
                if (old < 0) {
                    size++;
                    ensureCapacity(size);
                }
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            if (p.numericId < 0) {
                long h = textHash(p.textId);
                if (posByTextId.containsKey(h)) {
                    skipped++;
                    warnings.add("id trùng lặp: " + p.textId);
                    assigned[i] = -1;
                    continue;
                }
                long id = p.date != null && p.date.length() >= 10 && p.date.charAt(4) == '-'
                        ? safeIdFor(p.date) + Math.floorMod(h, 50)
                        : 60_000 + Math.floorMod(h, 250_000);
                while (posById.containsKey(id)) {
                    id++;
                }
                assigned[i] = id;
                posById.put(id, size++);
                ensureCapacity(size);
                posByTextId.put(h, (int) Math.min(Integer.MAX_VALUE, id));
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            long id = assigned[i];
            if (id < 0) {
                continue;
            }
            Pending p = pending.get(i);
            int pos = posById.get(id);
            OffsetDateTime pub;
            OffsetDateTime mod;
            try {
                pub = p.date == null ? IdDates.dateFor(id) : ArticleJson.parseDate(p.date, id);
                mod = p.updated == null ? pub : ArticleJson.parseDate(p.updated, id);
            } catch (IllegalArgumentException e) {
                pub = IdDates.dateFor(id);
                mod = pub;
                if (warnings.size() < 20) {
                    warnings.add("id " + id + ": " + e.getMessage() + ", dùng ngày suy từ ID");
                }
            }
            ids[pos] = id;
            offsets[pos] = p.offset;
            lengths[pos] = p.length;
            pubSeconds[pos] = pub.toEpochSecond();
            modSeconds[pos] = Math.max(pub.toEpochSecond(), mod.toEpochSecond());
            cats[pos] = (byte) ALL_CATEGORIES.indexOf(Category.resolve(p.category, id));
            sigs[pos] = p.sig;
            for (String t : p.tags) {
                tag(t).add(pos);
            }
        }
        dirty = true;
    }

    private static long safeIdFor(String date) {
        try {
            return IdDates.idFor(java.time.LocalDate.parse(date.substring(0, 10)));
        } catch (RuntimeException e) {
            return 60_000;
        }
    }

    private static boolean isBlank(byte[] a, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (a[i] != ' ' && a[i] != '\t' && a[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private long resolveRef(String ref) {
        if (ref.matches("\\d{1,15}")) {
            return Long.parseLong(ref);
        }
        int id = posByTextId.get(textHash(ref));
        return id < 0 ? -1 : id;
    }

    static long textHash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        // FNV alone mixes a change in the last bytes poorly into the high bits; finish with an avalanche.
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == Long.MIN_VALUE ? 0 : h;
    }

    /** A 64-bit set of title syllables: a cheap, deterministic "shared words" measure for related articles. */
    static long signature(String title) {
        if (title == null) {
            return 0;
        }
        long sig = 0;
        for (String w : Slugs.slugify(title).split("-")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                sig |= 1L << Math.floorMod(w.hashCode() * 0x9E3779B9, 64);
            }
        }
        return sig;
    }

    private static final java.util.Set<String> STOP = java.util.Set.of("cua", "cac", "cho", "voi", "nhung", "trong",
            "tai", "khi", "duoc", "nam", "mot", "nay", "thi", "den", "tren", "nguoi", "hon", "tinh", "viec");

    private Tag tag(String name) {
        String slug = Slugs.slugify(name);
        Tag t = tagsBySlug.get(slug);
        if (t == null) {
            long id = 1_000 + Math.floorMod(textHash(slug), 170_000);
            while (tagsById.containsKey(id)) {
                id++;
            }
            t = new Tag(id, name, slug);
            tagsBySlug.put(slug, t);
            tagsById.put(id, t);
        }
        return t;
    }

    private void ensureCapacity(int n) {
        if (n > ids.length) {
            int cap = Math.max(n, ids.length * 2);
            ids = Arrays.copyOf(ids, cap);
            offsets = Arrays.copyOf(offsets, cap);
            lengths = Arrays.copyOf(lengths, cap);
            pubSeconds = Arrays.copyOf(pubSeconds, cap);
            modSeconds = Arrays.copyOf(modSeconds, cap);
            cats = Arrays.copyOf(cats, cap);
            sigs = Arrays.copyOf(sigs, cap);
        }
    }

    private void addInternal(ReplicaArticle a) {
        int pos = posById.get(a.id());
        if (pos < 0) {
            pos = size++;
            ensureCapacity(size);
            posById.put(a.id(), pos);
        }
        memory.put(a.id(), a);
        ids[pos] = a.id();
        offsets[pos] = -1;
        lengths[pos] = -1;
        pubSeconds[pos] = a.published().toEpochSecond();
        modSeconds[pos] = a.lastModified().toEpochSecond();
        cats[pos] = (byte) ALL_CATEGORIES.indexOf(a.category());
        sigs[pos] = signature(a.title());
        for (String t : a.tags()) {
            tag(t).add(pos);
        }
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
            int pos = posById.get(id);
            if (pos < 0 || offsets[pos] < 0) {
                return Optional.ofNullable(memory.get(id));
            }
            return Optional.of(readLine(pos));
        } finally {
            lock.readLock().unlock();
        }
    }

    private ReplicaArticle readLine(int pos) {
        byte[] b = new byte[lengths[pos]];
        ByteBuffer bb = ByteBuffer.wrap(b);
        try {
            long off = offsets[pos];
            while (bb.hasRemaining()) {
                int n = channel.read(bb, off + bb.position());
                if (n < 0) {
                    throw new IOException("corpus file shrank");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long id = ids[pos];
        OffsetDateTime pub = Instant.ofEpochSecond(pubSeconds[pos]).atOffset(IdDates.VN);
        ReplicaArticle a = ArticleJson.parse(b, 0, b.length, id, ALL_CATEGORIES.get(cats[pos]), pub, this::resolveRef);
        if (modSeconds[pos] > pubSeconds[pos] && a.updated() == null) {
            a = a.edited(null, null, null, Instant.ofEpochSecond(modSeconds[pos]).atOffset(IdDates.VN));
        }
        return a;
    }

    int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    boolean contains(long id) {
        lock.readLock().lock();
        try {
            return posById.containsKey(id);
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
            int[] order = category == null ? byDate : byCat[category.currentIndex()];
            List<Long> out = new ArrayList<>();
            for (int i = offset; i < order.length && out.size() < limit; i++) {
                out.add(ids[order[i]]);
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
            return category == null ? byDate.length : byCat[category.currentIndex()].length;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** All IDs in ascending order (for choosing fault targets). */
    long[] allIds() {
        lock.readLock().lock();
        try {
            long[] out = Arrays.copyOf(ids, size);
            Arrays.sort(out);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The months that have articles, newest first, with the IDs and last-modified times of each. */
    List<YearMonth> months() {
        withSorted();
        lock.readLock().lock();
        try {
            return new ArrayList<>(months.keySet());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** (ID, last-modified epoch second) of every article published in a month, newest first. */
    List<long[]> month(YearMonth ym) {
        withSorted();
        lock.readLock().lock();
        try {
            int[] range = months.get(ym);
            if (range == null) {
                return List.of();
            }
            List<long[]> out = new ArrayList<>(range[1] - range[0]);
            for (int i = range[0]; i < range[1]; i++) {
                out.add(new long[] {ids[byDate[i]], modSeconds[byDate[i]]});
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
            int pos = posById.get(a.id());
            if (pos < 0) {
                return out;
            }
            int[] order = byCat[ALL_CATEGORIES.get(cats[pos]).currentIndex()];
            int at = indexIn(order, pos);
            long sig = signature(a.title());
            record Cand(long id, int score, int dist) {
            }
            List<Cand> cands = new ArrayList<>();
            for (int i = Math.max(0, at - 150); i < Math.min(order.length, at + 151); i++) {
                int p = order[i];
                if (p != pos && !out.contains(ids[p])) {
                    cands.add(new Cand(ids[p], Long.bitCount(sig & sigs[p]), Math.abs(i - at)));
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
            int pos = posById.get(a.id());
            if (pos < 0) {
                return List.of();
            }
            int[] order = byCat[ALL_CATEGORIES.get(cats[pos]).currentIndex()];
            int at = indexIn(order, pos);
            List<Long> out = new ArrayList<>();
            for (int i = at + 1; i < order.length && out.size() < n; i++) {
                out.add(ids[order[i]]);
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
            return Optional.ofNullable(tagsById.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The tag of this name (matched by slug). */
    Optional<Tag> tagByName(String name) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(tagsBySlug.get(Slugs.slugify(name)));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every tag, most used first. */
    List<Tag> tags() {
        lock.readLock().lock();
        try {
            List<Tag> all = new ArrayList<>(tagsById.values());
            all.sort((x, y) -> x.count != y.count ? Integer.compare(y.count, x.count) : x.slug.compareTo(y.slug));
            return all;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** IDs of a tag's (or several tags') articles, newest first. */
    List<Long> tagged(List<Tag> tags, int offset, int limit) {
        withSorted();
        lock.readLock().lock();
        try {
            java.util.TreeSet<Integer> positions = new java.util.TreeSet<>((x, y) -> compareNewestFirst(x, y));
            for (Tag t : tags) {
                for (int i = 0; i < t.count; i++) {
                    positions.add(t.positions[i]);
                }
            }
            List<Long> out = new ArrayList<>();
            int i = 0;
            for (int p : positions) {
                if (i++ >= offset && out.size() < limit) {
                    out.add(ids[p]);
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
            java.util.Set<Integer> positions = new java.util.HashSet<>();
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

    private int compareNewestFirst(int x, int y) {
        int c = Long.compare(pubSeconds[y], pubSeconds[x]);
        return c != 0 ? c : Long.compare(ids[y], ids[x]);
    }

    private int indexIn(int[] order, int pos) {
        int lo = 0;
        int hi = order.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compareNewestFirst(order[mid], pos);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
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
            Integer[] boxed = new Integer[size];
            for (int i = 0; i < size; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, this::compareNewestFirst);
            byDate = new int[size];
            int[] perCat = new int[Category.CURRENT.size()];
            for (int i = 0; i < size; i++) {
                byDate[i] = boxed[i];
                perCat[ALL_CATEGORIES.get(cats[boxed[i]]).currentIndex()]++;
            }
            int[][] cat = new int[perCat.length][];
            for (int c = 0; c < perCat.length; c++) {
                cat[c] = new int[perCat[c]];
            }
            int[] fill = new int[perCat.length];
            Map<YearMonth, int[]> m = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                int p = byDate[i];
                int c = ALL_CATEGORIES.get(cats[p]).currentIndex();
                cat[c][fill[c]++] = p;
                YearMonth ym = YearMonth.from(Instant.ofEpochSecond(pubSeconds[p]).atOffset(IdDates.VN));
                int[] r = m.get(ym);
                if (r == null) {
                    m.put(ym, new int[] {i, i + 1});
                } else {
                    r[1] = i + 1;
                }
            }
            byCat = cat;
            months = m;
            for (Tag t : tagsById.values()) {
                Integer[] ps = new Integer[t.count];
                for (int i = 0; i < t.count; i++) {
                    ps[i] = t.positions[i];
                }
                Arrays.sort(ps, this::compareNewestFirst);
                for (int i = 0; i < t.count; i++) {
                    t.positions[i] = ps[i];
                }
            }
            dirty = false;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
        }
        if (tempFile && file != null) {
            Files.deleteIfExists(file);
        }
    }
}
