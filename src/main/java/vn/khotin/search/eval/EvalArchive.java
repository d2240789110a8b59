package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;

/**
 * The fixed archive the judged evaluations run on: the replica's sample articles (Báo Hà Tĩnh-style, with the
 * editors' own "Tin liên quan" links) and every record of the shared news corpus. Judgments name articles by a
 * stable key, independent of the article IDs an index gives them: the corpus id ({@code baomoi-21395276},
 * {@code unc-…}) for corpus records, {@code bht-<id>} for the samples.
 *
 * <p>Corpus articles get IDs 1…82,102 (their line numbers); samples keep their site IDs (180,000 and above), so
 * the two never collide. Immutable once loaded.
 */
public final class EvalArchive {

    private static final String SAMPLES = "vn/khotin/replica/samples.jsonl";
    /** Key prefix of the sample articles. */
    public static final String SAMPLE_PREFIX = "bht-";

    private final List<Article> articles;
    private final List<String> keys;
    private final Map<String, Integer> byKey;
    private final Map<Long, Integer> byId;

    private EvalArchive(List<Article> articles, List<String> keys) {
        this.articles = Collections.unmodifiableList(articles);
        this.keys = Collections.unmodifiableList(keys);
        this.byKey = new HashMap<>(keys.size() * 2);
        this.byId = new HashMap<>(keys.size() * 2);
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), i);
            byId.put(articles.get(i).id(), i);
        }
    }

    /** An archive of these articles under these keys (tests). */
    static EvalArchive of(List<Article> articles, List<String> keys) {
        return new EvalArchive(new ArrayList<>(articles), new ArrayList<>(keys));
    }

    /** Loads the samples and the whole corpus file ({@code vi-news.jsonl.gz}). */
    public static EvalArchive load(Path corpus) throws IOException {
        List<Article> articles = new ArrayList<>(90_000);
        List<String> keys = new ArrayList<>(90_000);
        for (Article a : samples()) {
            articles.add(a);
            keys.add(SAMPLE_PREFIX + a.id());
        }
        for (CorpusArticles.Keyed k : CorpusArticles.readKeyed(corpus)) {
            articles.add(redated(k));
            keys.add(k.key());
        }
        return new EvalArchive(articles, keys);
    }

    /** Key prefix of the distractor articles ({@link #withDistractors}). */
    public static final String DISTRACTOR_PREFIX = "gen-";

    /**
     * This archive and, after it, up to {@code max} articles of a Khotin JSON Lines file (as {@code khotin bench
     * generate} writes them, ids of 100,000,001 and above) that no judge has seen: they stand for the rest of a
     * larger archive, so that the judged queries can be asked of one of a million articles. Each keeps its own ID,
     * as {@code khotin import} keeps it, and is keyed {@code gen-<id>}; an unjudged article counts as not relevant,
     * so a distractor on top costs every system alike.
     *
     * @throws IOException when the file cannot be read, a line is not an article, or an ID is already taken
     */
    public EvalArchive withDistractors(Path file, int max) throws IOException {
        List<Article> all = new ArrayList<>(articles.size() + Math.min(max, 1_100_000));
        List<String> allKeys = new ArrayList<>(all.size());
        all.addAll(articles);
        allKeys.addAll(keys);
        java.util.Set<Long> ids = new java.util.HashSet<>(byId.keySet());
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file), 1 << 16),
                StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            int added = 0;
            while (added < max && (line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Article a;
                try {
                    a = CorpusArticles.khotinLine(mapper.readTree(line));
                } catch (IOException | RuntimeException e) {
                    throw new IOException(file + ", dòng " + lineNo + ": không phải một bài (" + e.getMessage() + ")", e);
                }
                if (!ids.add(a.id())) {
                    throw new IOException(file + ", dòng " + lineNo + ": mã bài " + a.id() + " đã có trong kho");
                }
                all.add(a);
                allKeys.add(DISTRACTOR_PREFIX + a.id());
                added++;
            }
        }
        return new EvalArchive(all, allKeys);
    }

    /** baomoi article ids of the corpus run from about 1 January to 15 July 2017 (corpus README). */
    private static final long BAOMOI_FIRST_ID = 21_395_276L;
    private static final long BAOMOI_LAST_ID = 22_757_239L;
    private static final OffsetDateTime BAOMOI_FIRST_DAY = OffsetDateTime.parse("2017-01-01T07:00:00+07:00");
    private static final int BAOMOI_DAYS = 195;

    /**
     * The corpus record with a date as truthful as the corpus allows, since related stories weigh closeness in
     * time: UNC records keep their own date; baomoi records get one interpolated from their (time-ordered) site
     * id; VNDS records have none. (Benchmarks spread synthetic dates instead: see {@link CorpusArticles}.)
     */
    private static Article redated(CorpusArticles.Keyed k) {
        Article a = k.article();
        OffsetDateTime date;
        if (k.key().startsWith("unc-")) {
            return a;
        } else if (k.key().startsWith("baomoi-")) {
            long id = Long.parseLong(k.key().substring("baomoi-".length()));
            double f = Math.max(0, Math.min(1, (id - BAOMOI_FIRST_ID) / (double) (BAOMOI_LAST_ID - BAOMOI_FIRST_ID)));
            date = BAOMOI_FIRST_DAY.plusMinutes(Math.round(f * BAOMOI_DAYS * 24 * 60));
        } else {
            date = null;
        }
        return new Article(a.id(), a.url(), a.title(), a.sapo(), a.source(), a.body(), a.captions(), a.author(), date,
                null, a.category(), a.breadcrumb(), a.tags(), a.relatedIds(), a.imageUrls(), a.method());
    }

    /** The replica's sample articles as the extractor gives them (quotes unmarked, captions apart). */
    static List<Article> samples() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (InputStream in = EvalArchive.class.getClassLoader().getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IOException("missing resource " + SAMPLES);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(sample(mapper.readTree(line)));
                }
            }
        }
        return out;
    }

    private static Article sample(JsonNode j) {
        long id = j.get("id").asLong();
        List<String> body = new ArrayList<>();
        for (String p : j.path("body").asText("").split("\n")) {
            String s = p.startsWith("> ") ? p.substring(2) : p;
            if (!s.isBlank()) {
                body.add(s.strip());
            }
        }
        List<Article.Caption> captions = new ArrayList<>();
        for (JsonNode img : j.path("images")) {
            captions.add(new Article.Caption(img.path("caption").asText(""), "", ""));
        }
        List<String> tags = new ArrayList<>();
        j.path("tags").forEach(t -> tags.add(t.asText()));
        List<Long> related = new ArrayList<>();
        j.path("related").forEach(t -> related.add(t.asLong()));
        OffsetDateTime published = OffsetDateTime.parse(j.get("date").asText());
        String category = j.path("category").asText("");
        return new Article(id, "https://baohatinh.vn/" + category + "/sample-post" + id + ".html",
                j.path("title").asText(""), j.path("sapo").asText(""), "Baohatinh.vn", body, captions,
                j.path("author").asText(""), published, null, category, List.of(category), tags, related, List.of(),
                ExtractionMethod.PROFILE);
    }

    /** All articles, samples first. */
    public List<Article> articles() {
        return articles;
    }

    /** Number of articles. */
    public int size() {
        return articles.size();
    }

    /** The key of the article with this ID, or null. */
    public String keyOf(long id) {
        Integer i = byId.get(id);
        return i == null ? null : keys.get(i);
    }

    /** The article with this key, or null. */
    public Article byKey(String key) {
        Integer i = byKey.get(key);
        return i == null ? null : articles.get(i);
    }

    /** The key of the i-th article. */
    public String key(int i) {
        return keys.get(i);
    }
}
