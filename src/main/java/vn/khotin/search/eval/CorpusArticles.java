package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.model.Article;
import vn.khotin.model.ExtractionMethod;
import vn.khotin.model.VietnamTime;

/**
 * Articles for benchmarks and evaluations from the shared news corpus ({@code vi-news.jsonl.gz}), as
 * {@link Article} records. The corpus has dates and categories only for its UNC part; the others get a
 * deterministic synthetic date (2015–2026) and a category from the site's list, so that facets and the timeline
 * do realistic work. To reach more articles than the corpus holds, records are reused as republished copies
 * (first paragraph dropped, another date): near-duplicates, as a real archive has.
 */
public final class CorpusArticles {

    /** The corpus file relative to the project directory. */
    public static final Path DEFAULT = Path.of("..", "shared", "corpus", "vi-news.jsonl.gz");

    static final List<String> CATEGORIES = List.of("Chính trị", "Kinh tế", "Xã hội", "Văn hóa - Giải trí",
            "Pháp luật", "Thể thao", "Thế giới", "Đời sống", "Công nghệ", "Cộng đồng");
    static final Map<String, String> UNC = Map.of("business", "Kinh tế", "education", "Xã hội",
            "entertainment", "Văn hóa - Giải trí", "health", "Đời sống", "science", "Công nghệ", "society", "Xã hội",
            "sport", "Thể thao", "tech", "Công nghệ", "travel", "Đời sống", "world", "Thế giới");

    private CorpusArticles() {}

    /** One corpus record as an article, with the corpus's own id ({@code baomoi-21395276}). */
    public record Keyed(String key, Article article) {}

    /**
     * Reads every record of the corpus with its corpus id; article IDs are the line numbers (1-based), as
     * {@link #read} gives them.
     */
    public static List<Keyed> readKeyed(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("không thấy kho dữ liệu " + file);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Keyed> out = new ArrayList<>(90_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode j = mapper.readTree(line);
                long id = out.size() + 1;
                out.add(new Keyed(text(j, "id"), toArticle(id, j)));
            }
        }
        return out;
    }

    /** Reads up to {@code n} articles (repeating the corpus as copies if it is shorter). */
    public static List<Article> read(Path file, int n) throws IOException {
        return withCopies(readDistinct(file, n), n);
    }

    /** Reads up to {@code n} articles, only the file's own: fewer when the file is shorter. */
    public static List<Article> readDistinct(Path file, int n) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("không thấy kho dữ liệu " + file);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Article> out = new ArrayList<>(Math.min(n, 120_000));
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                JsonNode j = mapper.readTree(line);
                long id = out.size() + 1;
                out.add(toArticle(id, j));
            }
        }
        return out;
    }

    /**
     * The articles, followed by republished copies of the first ones (first paragraph dropped, another date)
     * up to {@code n} in all; the list itself when it already has {@code n}.
     */
    public static List<Article> withCopies(List<Article> articles, int n) {
        if (articles.size() >= n || articles.isEmpty()) {
            return articles;
        }
        List<Article> out = new ArrayList<>(n);
        out.addAll(articles);
        int original = articles.size();
        for (int i = 0; out.size() < n; i++) {
            Article a = out.get(i % original);
            List<String> body = a.body().size() > 1 ? a.body().subList(1, a.body().size()) : a.body();
            long id = out.size() + 1;
            out.add(new Article(id, url(id), a.title(), a.sapo(), "", body, List.of(), a.author(),
                    a.published() == null ? null : a.published().plusDays(1 + id % 30), null, a.category(),
                    List.of(a.category()), a.tags(), List.of(), List.of(), ExtractionMethod.PROFILE));
        }
        return out;
    }

    private static String url(long id) {
        return "https://baohatinh.vn/corpus-post" + id + ".html";
    }

    /**
     * One line of Khotin's JSON Lines form (as {@code bench generate} writes it) as an article under its own
     * {@code id}, the ID {@code khotin import} gives it: title, sapo, body and date as the benchmarks read them.
     *
     * @throws IllegalArgumentException when the line has no positive numeric {@code id}
     */
    static Article khotinLine(JsonNode j) {
        JsonNode id = j.get("id");
        if (id == null || !id.canConvertToLong() || id.asLong() <= 0) {
            throw new IllegalArgumentException("thiếu mã bài (id) dạng số dương");
        }
        return toArticle(id.asLong(), j);
    }

    private static Article toArticle(long id, JsonNode j) {
        String title = text(j, "title");
        String sapo = text(j, "sapo");
        String body = body(j);
        if (title.isEmpty()) {
            String lead = sapo.isEmpty() ? body : sapo;
            title = lead.length() > 90 ? lead.substring(0, lead.lastIndexOf(' ', 90) > 0 ? lead.lastIndexOf(' ', 90) : 90)
                    : lead;
        }
        String cat = UNC.getOrDefault(text(j, "category"), CATEGORIES.get((int) (mix(id) % CATEGORIES.size())));
        OffsetDateTime published;
        String date = text(j, "date");
        if (!date.isEmpty()) {
            published = LocalDate.parse(date).atTime(7, 0).atZone(VietnamTime.ZONE).toOffsetDateTime();
        } else if (!text(j, "published").isEmpty()) {
            published = OffsetDateTime.parse(text(j, "published"));
        } else {
            long day = mix(id * 31) % (11L * 365);
            published = LocalDate.of(2015, 1, 1).plusDays(day).atTime((int) (id % 24), 0).atZone(VietnamTime.ZONE)
                    .toOffsetDateTime();
        }
        return new Article(id, url(id), title, sapo, "", Arrays.asList(body.split("\n")), List.of(), "", published,
                null, cat, List.of(cat), List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
    }

    /** The body as paragraphs separated by newlines: the corpus's string, or the array of Khotin's JSONL form. */
    private static String body(JsonNode j) {
        JsonNode b = j.get("body");
        if (b == null || !b.isArray()) {
            return text(j, "body");
        }
        List<String> paragraphs = new ArrayList<>();
        b.forEach(p -> paragraphs.add(VietnameseText.nfc(p.asText())));
        return String.join("\n", paragraphs);
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        // as `khotin import` stores it: about 3 % of the corpus writes its diacritics as combining marks
        return v == null || v.isNull() ? "" : VietnameseText.nfc(v.asText());
    }


    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return (z ^ (z >>> 33)) & Long.MAX_VALUE;
    }
}
