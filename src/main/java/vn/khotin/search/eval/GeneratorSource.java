package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The shared corpus cut into what {@link ArchiveGenerator} recombines: per article its title, sapo, category
 * and source, and its body as segments. A body with several paragraphs gives its paragraphs; a body that lost
 * its paragraph breaks (the baomoi part is one long paragraph) gives groups of two to four sentences.
 */
final class GeneratorSource {

    /** One corpus article. */
    record Record(String key, String title, String sapo, String category, String source, List<String> segments,
            List<String> sentences) {}

    private GeneratorSource() {}

    /** Loads the usable articles of the corpus, at most {@code limit} of them (0: all). */
    static List<Record> load(Path corpus, int limit) throws IOException {
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("không thấy kho dữ liệu " + corpus);
        }
        ObjectMapper mapper = new ObjectMapper();
        List<Record> out = new ArrayList<>(90_000);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && (limit <= 0 || out.size() < limit)) {
                JsonNode j = mapper.readTree(line);
                Record rec = toRecord(j);
                if (rec.sentences().size() >= 4) {
                    out.add(rec);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Record toRecord(JsonNode j) {
        String key = text(j, "id");
        List<String> paragraphs = new ArrayList<>();
        for (String p : text(j, "body").split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String p : paragraphs) {
            sentences.addAll(sentences(p));
        }
        List<String> segments = paragraphs.size() >= 4 ? paragraphs : groups(sentences, key.hashCode());
        String category = CorpusArticles.UNC.get(text(j, "category"));
        if (category == null) {
            category = CorpusArticles.CATEGORIES.get(Math.floorMod(key.hashCode(), CorpusArticles.CATEGORIES.size()));
        }
        return new Record(key, text(j, "title"), text(j, "sapo"), category, text(j, "source"), segments, sentences);
    }

    /** Splits a paragraph after . ! ? … followed by a space and a capital letter, digit or opening quote. */
    static List<String> sentences(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 2 < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '…') && paragraph.charAt(i + 1) == ' ') {
                char next = paragraph.charAt(i + 2);
                if (Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“') {
                    out.add(paragraph.substring(start, i + 1).strip());
                    start = i + 2;
                }
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** Consecutive sentences in groups of two to four, as paragraphs. */
    private static List<String> groups(List<String> sentences, int seed) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int k = Math.floorMod(seed, 3);
        while (i < sentences.size()) {
            int n = 2 + (k++ % 3);
            out.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + n))));
            i += n;
        }
        return out;
    }

    private static String text(JsonNode j, String key) {
        JsonNode v = j.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
