package vn.khotin.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Reads evaluation articles: a seeded uniform sample of titled articles from the shared corpus
 * ({@code vi-news.jsonl.gz}, JSON Lines with {@code id, title, sapo, body}), or the committed samples.
 */
public final class Corpus {

    /** The committed sample articles, written by the project, used when the shared corpus is absent. */
    public static final String SAMPLES = "vn/khotin/analysis/eval/samples.jsonl";

    /** Default location of the shared corpus, relative to the project directory. */
    public static final Path DEFAULT = Path.of("..", "shared", "corpus", "vi-news.jsonl.gz");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** Up to {@code n} titled articles drawn uniformly (reservoir sampling, seeded) from a JSONL(.gz) file. */
    public static List<CorpusArticle> sample(Path file, int n, long seed) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            return sample(in, n, seed);
        }
    }

    /** The committed samples. */
    public static List<CorpusArticle> samples() throws IOException {
        try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IOException("missing resource " + SAMPLES);
            }
            return sample(in, Integer.MAX_VALUE, 0);
        }
    }

    private static List<CorpusArticle> sample(InputStream in, int n, long seed) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        List<CorpusArticle> out = new ArrayList<>();
        Random rnd = new Random(seed);
        long seen = 0;
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            // cheap pre-check before parsing: untitled records are never sampled
            if (line.contains("\"title\": null") || line.contains("\"title\":null")) {
                continue;
            }
            seen++;
            int slot = out.size() < n ? out.size() : (int) Math.min(Integer.MAX_VALUE, (long) (rnd.nextDouble() * seen));
            if (slot >= n) {
                continue;
            }
            JsonNode j = JSON.readTree(line);
            String title = text(j, "title");
            if (title.isBlank()) {
                continue;
            }
            CorpusArticle a = new CorpusArticle(text(j, "id"), title, text(j, "sapo"), text(j, "body"));
            if (slot == out.size()) {
                out.add(a);
            } else {
                out.set(slot, a);
            }
        }
        return out;
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
