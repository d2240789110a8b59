package vn.khotin.replica;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The replica's compact article index: one row per article (its ID, where its corpus line lies, publication
 * and last-modified second, section as an index into {@link Category#ALL}, title signature), the map from IDs to rows, and the tags. The IDs that
 * articles with a non-numeric corpus ID get are handed out here. Not thread-safe: {@link ArticleStore} guards
 * it with its lock.
 */
final class ArticleTable {

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
    private final LongIntMap idByTextId = new LongIntMap(1024);
    final TagIndex tags = new TagIndex();

    int size() {
        return size;
    }

    /** The row of an ID, or -1. */
    int position(long id) {
        return posById.get(id);
    }

    boolean contains(long id) {
        return posById.containsKey(id);
    }

    long id(int pos) {
        return ids[pos];
    }

    /** Whether the row's article is read from the corpus file (else it lives in memory). */
    boolean inFile(int pos) {
        return offsets[pos] >= 0;
    }

    long offset(int pos) {
        return offsets[pos];
    }

    int length(int pos) {
        return lengths[pos];
    }

    long publishedSecond(int pos) {
        return pubSeconds[pos];
    }

    long modifiedSecond(int pos) {
        return modSeconds[pos];
    }

    Category category(int pos) {
        return Category.ALL.get(cats[pos]);
    }

    long signature(int pos) {
        return sigs[pos];
    }

    /** All IDs in ascending order. */
    long[] sortedIds() {
        long[] out = Arrays.copyOf(ids, size);
        Arrays.sort(out);
        return out;
    }

    /** Newest first: later publication, then higher ID. */
    int compareNewestFirst(int x, int y) {
        int c = Long.compare(pubSeconds[y], pubSeconds[x]);
        return c != 0 ? c : Long.compare(ids[y], ids[x]);
    }

    /** The numeric ID a "related" reference (numeric, or a corpus text ID) stands for, or -1. */
    long resolveRef(String ref) {
        if (!ref.isEmpty() && ref.length() <= 15 && ref.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(ref);
        }
        int id = idByTextId.get(TextHashes.textHash(ref));
        return id < 0 ? -1 : id;
    }

    /** Adds or replaces the row of an article held in memory. */
    void putMemoryRow(ReplicaArticle a) {
        int pos = posById.get(a.id());
        if (pos < 0) {
            pos = size++;
            ensureCapacity(size);
            posById.put(a.id(), pos);
        }
        ids[pos] = a.id();
        offsets[pos] = -1;
        lengths[pos] = -1;
        pubSeconds[pos] = a.published().toEpochSecond();
        modSeconds[pos] = a.lastModified().toEpochSecond();
        cats[pos] = (byte) Category.ALL.indexOf(a.category());
        sigs[pos] = TextHashes.titleSignature(a.title());
        for (String t : a.tags()) {
            tags.tag(t).add(pos);
        }
    }

    /**
     * Adds the rows of corpus lines. Pass 1 registers numeric IDs (a line with a sample's ID replaces the
     * sample, reported to {@code replacesSample}); pass 2 gives the others stable IDs that collide with none
     * of them. Duplicates are skipped with a warning.
     *
     * @return how many lines were skipped
     */
    int addCorpusLines(List<CorpusFile.Line> lines, LongConsumer replacesSample, List<String> warnings) {
        long[] assigned = new long[lines.size()];
        int skipped = registerNumericIds(lines, assigned, replacesSample, warnings);
        skipped += assignTextIds(lines, assigned, warnings);
        for (int i = 0; i < lines.size(); i++) {
            if (assigned[i] >= 0) {
                fillRow(lines.get(i), assigned[i], warnings);
            }
        }
        return skipped;
    }

    private int registerNumericIds(List<CorpusFile.Line> lines, long[] assigned, LongConsumer replacesSample,
            List<String> warnings) {
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            CorpusFile.Line p = lines.get(i);
            if (p.numericId() >= 0) {
                assigned[i] = p.numericId();
                int old = posById.get(p.numericId());
                if (old >= 0 && offsets[old] >= 0) {
                    skipped++;
                    warnings.add("id trùng lặp: " + p.numericId());
                    assigned[i] = -1;
                    continue;
                }
                replacesSample.accept(p.numericId());
                posById.put(p.numericId(), old >= 0 ? old : size);
                if (old < 0) {
                    size++;
                    ensureCapacity(size);
                }
            }
        }
        return skipped;
    }

    private int assignTextIds(List<CorpusFile.Line> lines, long[] assigned, List<String> warnings) {
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            CorpusFile.Line p = lines.get(i);
            if (p.numericId() < 0) {
                long h = TextHashes.textHash(p.textId());
                if (idByTextId.containsKey(h)) {
                    skipped++;
                    warnings.add("id trùng lặp: " + p.textId());
                    assigned[i] = -1;
                    continue;
                }
                String date = p.date();
                long id = date != null && date.length() >= 10 && date.charAt(4) == '-'
                        ? safeIdFor(date) + Math.floorMod(h, 50)
                        : 60_000 + Math.floorMod(h, 250_000);
                while (posById.containsKey(id)) {
                    id++;
                }
                assigned[i] = id;
                posById.put(id, size++);
                ensureCapacity(size);
                idByTextId.put(h, (int) Math.min(Integer.MAX_VALUE, id));
            }
        }
        return skipped;
    }

    private void fillRow(CorpusFile.Line p, long id, List<String> warnings) {
        int pos = posById.get(id);
        OffsetDateTime pub;
        OffsetDateTime mod;
        try {
            pub = p.date() == null ? IdDates.dateFor(id) : ArticleJson.parseDate(p.date(), id);
            mod = p.updated() == null ? pub : ArticleJson.parseDate(p.updated(), id);
        } catch (IllegalArgumentException e) {
            pub = IdDates.dateFor(id);
            mod = pub;
            if (warnings.size() < CorpusFile.MAX_WARNINGS) {
                warnings.add("id " + id + ": " + e.getMessage() + ", dùng ngày suy từ ID");
            }
        }
        ids[pos] = id;
        offsets[pos] = p.offset();
        lengths[pos] = p.length();
        pubSeconds[pos] = pub.toEpochSecond();
        modSeconds[pos] = Math.max(pub.toEpochSecond(), mod.toEpochSecond());
        cats[pos] = (byte) Category.ALL.indexOf(Category.resolve(p.category(), id));
        sigs[pos] = p.sig();
        for (String t : p.tags()) {
            tags.tag(t).add(pos);
        }
    }

    private static long safeIdFor(String date) {
        try {
            return IdDates.idFor(LocalDate.parse(date.substring(0, 10)));
        } catch (RuntimeException e) {
            return 60_000;
        }
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
}
