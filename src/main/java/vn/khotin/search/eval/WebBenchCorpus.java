package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexedArticle;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.VietnamTime;

/**
 * The index and the queries of {@code khotin bench web}, from the shared Vietnamese news corpus (gzipped JSON
 * lines): N articles, the corpus read again with new IDs past its end, and short queries from their titles.
 */
public final class WebBenchCorpus {

    /**
     * One query from every 20th article's title: some 4,000 different searches on 100,000 articles, so repeats
     * (which Lucene's caches of filter clauses would answer cheaply) are as rare as on a real site's long tail.
     */
    private static final int QUERY_EVERY = 20;

    /** How many articles apart {@code progress} is told. */
    public static final int PROGRESS_EVERY = 20_000;

    private final Path corpus;
    private final int articles;

    /** The first {@code articles} of {@code corpus}, repeated past its end. */
    public WebBenchCorpus(Path corpus, int articles) {
        this.corpus = corpus;
        this.articles = articles;
    }

    /**
     * Indexes the articles and commits, collecting queries from titles into {@code queries}; {@code progress} gets
     * the number indexed every {@link #PROGRESS_EVERY}.
     */
    public void build(ArticleIndex index, List<String> queries, IntConsumer progress) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int added = 0;
        int pass = 0;
        while (added < articles) {
            try (BufferedReader in = reader()) {
                String line;
                while (added < articles && (line = in.readLine()) != null) {
                    JsonNode d = json.readTree(line);
                    Article a = article(d, added, pass);
                    index.upsert(new IndexedArticle(a, null, Instant.now()));
                    if (pass == 0 && added % QUERY_EVERY == 0) {
                        queries.add(query(a.title(), added));
                    }
                    added++;
                    if (added % PROGRESS_EVERY == 0) {
                        progress.accept(added);
                    }
                }
            }
            pass++;
        }
        index.commit();
    }

    /** The queries {@link #build} would collect, for an index already built. */
    public void readQueries(List<String> queries) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = reader()) {
            String line;
            int i = 0;
            while ((line = in.readLine()) != null && i < articles) {
                if (i % QUERY_EVERY == 0) {
                    queries.add(query(json.readTree(line).path("title").asText(""), i));
                }
                i++;
            }
        }
    }

    private BufferedReader reader() throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus), 1 << 16),
                StandardCharsets.UTF_8));
    }

    /** Two or three consecutive words of a title: the kind of short query people type. */
    static String query(String title, int seed) {
        String[] words = title.strip().split("\\s+");
        if (words.length < 2) {
            return title.strip();
        }
        int len = 2 + seed % 2;
        int start = (seed / 2) % Math.max(1, words.length - len + 1);
        return String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + len)));
    }

    /** The n-th article; a later pass reverses the paragraphs and numbers the title, so no two are the same. */
    private static Article article(JsonNode d, int n, int pass) {
        long id = 1_000_000L + n;
        String date = d.path("date").asText("");
        LocalDate day;
        try {
            day = date.length() == 10 ? LocalDate.parse(date) : LocalDate.of(2017, 1, 1).plusDays(n % 3300);
        } catch (RuntimeException e) {
            day = LocalDate.of(2017, 1, 1).plusDays(n % 3300);
        }
        OffsetDateTime published = day.atTime(6 + n % 14, n % 60).atZone(VietnamTime.ZONE).toOffsetDateTime();
        String category = d.path("category").asText("");
        if (category.equals("None") || category.equals("null")) {
            category = "";
        }
        List<String> body = new ArrayList<>();
        for (String p : d.path("body").asText("").split("\n+")) {
            if (!p.isBlank()) {
                body.add(p.strip());
            }
        }
        if (pass > 0) {
            Collections.reverse(body);
        }
        String title = d.path("title").asText("") + (pass > 0 ? " (" + (pass + 1) + ")" : "");
        return new Article(id, "https://bench.invalid/bai-post" + id + ".html", title, d.path("sapo").asText(""),
                "", body, List.of(), "", published, null, category, List.of(), List.of(), List.of(), List.of(),
                ExtractionMethod.PROFILE);
    }
}
