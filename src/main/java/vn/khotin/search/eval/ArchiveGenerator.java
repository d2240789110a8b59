package vn.khotin.search.eval;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import vn.khotin.model.VietnamTime;

/**
 * {@code khotin bench generate}: a realistic archive of N articles as JSON Lines (Khotin's import form), made
 * from the shared corpus for benchmarks at sizes the corpus does not reach (its 82,000 articles).
 *
 * <p>Article k takes a base article of the corpus (the corpus in a fixed shuffled order, every base once before
 * any is used again) and keeps its category and source: its first use keeps the base's title and sapo, later
 * uses take the next sentence of the base as title and another as sapo, so articles seldom share a title. The body is a
 * window of two to four of the base's paragraphs followed by two to five paragraphs of other corpus articles of
 * the same category, so articles are not copies of each other ({@link NearCopies} checks a sample with the
 * index's SimHash). Places come with the text (the index finds them). IDs are new (from {@code firstId}), dates
 * spread over 2000–2026 with more in later years, and authors come from a pool of 240 made-up bylines with a
 * few prolific ones (the corpus has no authors). Deterministic for a seed.
 */
public final class ArchiveGenerator {

    /**
     * What to generate.
     *
     * @param corpusLimit use only the first this many usable corpus articles (0: all); a small limit makes a
     *     small archive reuse its bases as often as a large one does (for tests)
     */
    public record Options(Path corpus, long articles, Path out, long seed, long firstId, int corpusLimit) {

        public Options(Path corpus, long articles, Path out, long seed, long firstId) {
            this(corpus, articles, out, seed, firstId, 0);
        }
    }

    /**
     * What was generated.
     *
     * @param copies the near-copy check of a sample
     */
    public record Summary(long articles, long bytes, Duration took, NearCopies.Report copies) {}

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi",
        "Đỗ", "Hồ", "Ngô", "Dương", "Thái", "Đinh"};
    private static final String[] MIDDLE = {"Thu", "Thanh", "Minh", "Hồng", "Ngọc", "Quang", "Đức", "Hải", "Hữu",
        "Thùy", "Phương", "Mai", "Bảo", "Khánh", "Xuân", "Việt"};
    private static final String[] GIVEN = {"Trang", "Chung", "Tuấn", "Hà", "Linh", "Hoa", "Nam", "Hùng", "Sơn",
        "Lan", "Hương", "Dũng", "Thắng", "Huyền", "Yến", "Vinh", "Long", "Quý", "Nhàn", "Hiếu"};
    private static final int AUTHORS = 240;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2026;

    private ArchiveGenerator() {}

    /**
     * Writes the file (gzip-compressed when its name ends in {@code .gz}).
     *
     * @param progress told the number of articles written every 10,000
     */
    public static Summary generate(Options o, LongConsumer progress) throws IOException {
        long t0 = System.nanoTime();
        List<GeneratorSource.Record> corpus = GeneratorSource.load(o.corpus(), o.corpusLimit());
        if (corpus.isEmpty()) {
            throw new IOException("kho dữ liệu " + o.corpus() + " không có bài nào dùng được");
        }
        int[] order = shuffled(corpus.size(), o.seed());
        ByCategory byCategory = new ByCategory(corpus);
        NearCopies copies = new NearCopies();
        String[] authors = authors();
        Path parent = o.out().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JsonFactory json = new JsonFactory();
        try (OutputStream out = open(o.out());
                JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            for (long k = 0; k < o.articles(); k++) {
                SplittableRandom random = new SplittableRandom(o.seed() * 1_000_003L + k);
                int baseIndex = order[(int) (k % order.length)];
                Generated a = article(corpus.get(baseIndex), (int) (k / order.length), byCategory, random);
                write(g, o.firstId() + k, a, authors, random);
                if ((k % order.length) < NearCopies.BASES) {
                    copies.add(baseIndex, a.title(), a.sapo(), a.body());
                }
                if ((k + 1) % 10_000 == 0) {
                    progress.accept(k + 1);
                }
            }
        }
        return new Summary(o.articles(), Files.size(o.out()), Duration.ofNanos(System.nanoTime() - t0),
                copies.report());
    }

    /** The parts of one generated article. */
    record Generated(String title, String sapo, List<String> body, String category, String source) {}

    static Generated article(GeneratorSource.Record base, int use, ByCategory byCategory, SplittableRandom random) {
        String title = base.title();
        String sapo = base.sapo();
        if (use > 0 || title.isBlank()) {
            // each use of a base takes the next of its sentences as title, so its articles do not share one
            int count = base.sentences().size();
            int t = Math.floorMod(base.key().hashCode() + use, count);
            int s = (t + 1 + random.nextInt(count - 1)) % count;
            title = headline(base.sentences().get(t));
            sapo = base.sentences().get(s);
        }
        List<String> body = new ArrayList<>();
        List<String> own = base.segments();
        int m = Math.min(own.size(), 2 + random.nextInt(3));
        int from = random.nextInt(own.size() - m + 1);
        body.addAll(own.subList(from, from + m));
        int n = 2 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            GeneratorSource.Record other = byCategory.pickOther(base, random);
            body.add(other.segments().get(random.nextInt(other.segments().size())));
        }
        return new Generated(title, sapo, body, base.category(), base.source());
    }

    /** A headline from a sentence: at most 14 words, without the closing punctuation. */
    static String headline(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        String s = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 14)));
        return s.replaceAll("[\\s.,:;!?…\"“”]+$", "");
    }

    private static void write(JsonGenerator g, long id, Generated a, String[] authors, SplittableRandom random)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeStringField("title", a.title());
        g.writeStringField("sapo", a.sapo());
        g.writeArrayFieldStart("body");
        for (String p : a.body()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeStringField("published", date(random).toString());
        g.writeStringField("category", a.category());
        g.writeArrayFieldStart("breadcrumb");
        g.writeString(a.category());
        g.writeEndArray();
        g.writeStringField("author", author(authors, random));
        g.writeStringField("source", a.source());
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** A date in 2000–2026, each year weighted 1 + (year − 2000) / 6: a growing newsroom. */
    static OffsetDateTime date(SplittableRandom random) {
        double total = 0;
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            total += 1 + (y - FIRST_YEAR) / 6.0;
        }
        double pick = random.nextDouble() * total;
        int year = FIRST_YEAR;
        for (; year < LAST_YEAR; year++) {
            pick -= 1 + (year - FIRST_YEAR) / 6.0;
            if (pick < 0) {
                break;
            }
        }
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        return day.atTime(6 + random.nextInt(16), random.nextInt(60)).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    /** A byline: a few authors write much of the paper (the square skews the pick), one in ten has two. */
    private static String author(String[] authors, SplittableRandom random) {
        double r = random.nextDouble();
        String first = authors[(int) (r * r * authors.length)];
        if (random.nextInt(10) == 0) {
            return first + " - " + authors[random.nextInt(authors.length)];
        }
        return first;
    }

    private static String[] authors() {
        String[] out = new String[AUTHORS];
        for (int i = 0; i < AUTHORS; i++) {
            String given = GIVEN[i % GIVEN.length];
            out[i] = (i % 3 == 0 ? FAMILY[(i / 3) % FAMILY.length] : MIDDLE[(i * 7) % MIDDLE.length]) + " " + given;
            if (i >= GIVEN.length * 3) {
                out[i] = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 5) % MIDDLE.length] + " " + given;
            }
        }
        return out;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return raw;
        }
        return new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED); // a benchmark input: writing fast matters more than size
            }
        };
    }

    /** Corpus articles by category, for paragraphs from other articles on the same kind of subject. */
    static final class ByCategory {
        private final java.util.Map<String, List<GeneratorSource.Record>> records = new java.util.HashMap<>();

        ByCategory(List<GeneratorSource.Record> corpus) {
            for (GeneratorSource.Record r : corpus) {
                records.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r);
            }
        }

        /** An article of the base's category other than the base (the base itself when it is alone there). */
        GeneratorSource.Record pickOther(GeneratorSource.Record base, SplittableRandom random) {
            List<GeneratorSource.Record> list = records.get(base.category());
            if (list.size() == 1) {
                return base;
            }
            GeneratorSource.Record pick = list.get(random.nextInt(list.size() - 1));
            return pick == base ? list.get(list.size() - 1) : pick;
        }
    }
}
