package vn.khotin.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged search set (queries written as users type them, graded pooled results), read from the files under
 * {@value #RESOURCE_DIR} on the classpath or from a directory with the same files (to add judgments):
 * {@code needs.tsv} (need, split, description), {@code queries.tsv} (qid, need, class, twin, query) and
 * {@code qrels.tsv} (need, key, grade 0/1/2). See the README there for how the set was made.
 */
public final class JudgedSet {

    /** Where the set lives on the classpath. */
    public static final String RESOURCE_DIR = "vn/khotin/search/eval/judged/";

    /** An information need: what a relevant article is about. */
    public record Need(String id, String split, String description) {}

    /** One query as typed, with its class and the qid of its twin (or null). */
    public record JudgedQuery(String qid, String need, String kind, String twin, String text) {}

    private final Map<String, Need> needs;
    private final List<JudgedQuery> queries;
    private final Map<String, Map<String, Integer>> grades;

    private JudgedSet(Map<String, Need> needs, List<JudgedQuery> queries, Map<String, Map<String, Integer>> grades) {
        this.needs = Collections.unmodifiableMap(needs);
        this.queries = List.copyOf(queries);
        this.grades = grades;
    }

    /** Reads the set from {@code dir}, or from the classpath when {@code dir} is null. */
    public static JudgedSet load(Path dir) throws IOException {
        Map<String, Need> needs = new LinkedHashMap<>();
        for (String[] r : rows(dir, "needs.tsv", 3)) {
            needs.put(r[0], new Need(r[0], r[1], r[2]));
        }
        List<JudgedQuery> queries = new ArrayList<>();
        for (String[] r : rows(dir, "queries.tsv", 5)) {
            if (!needs.containsKey(r[1])) {
                throw new IOException("queries.tsv: " + r[0] + " names unknown need " + r[1]);
            }
            queries.add(new JudgedQuery(r[0], r[1], r[2], r[3].equals("-") ? null : r[3], nfc(r[4])));
        }
        return new JudgedSet(needs, queries, qrels(dir, "qrels.tsv"));
    }

    /** Reads a qrels file (need or query article, key, grade); missing file: no judgments yet. */
    static Map<String, Map<String, Integer>> qrels(Path dir, String name) throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        if (!exists(dir, name)) {
            return grades;
        }
        for (String[] r : rows(dir, name, 3)) {
            int g = Integer.parseInt(r[2].strip());
            if (g < 0 || g > 2) {
                throw new IOException(name + ": grade must be 0, 1 or 2: " + String.join(" ", r));
            }
            grades.computeIfAbsent(r[0], k -> new LinkedHashMap<>()).put(r[1], g);
        }
        return grades;
    }

    static boolean exists(Path dir, String name) {
        if (dir != null) {
            return Files.isRegularFile(dir.resolve(name));
        }
        return JudgedSet.class.getClassLoader().getResource(RESOURCE_DIR + name) != null;
    }

    /** The rows of a tab-separated file after its header, each with at least {@code columns} fields. */
    static List<String[]> rows(Path dir, String name, int columns) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(open(dir, name))) {
            String line = r.readLine();
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < columns) {
                    throw new IOException(name + " line " + no + ": expected " + columns + " tab-separated fields");
                }
                out.add(f);
            }
        }
        return out;
    }

    private static Reader open(Path dir, String name) throws IOException {
        if (dir != null) {
            return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
        }
        InputStream in = JudgedSet.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCE_DIR + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public Map<String, Need> needs() {
        return needs;
    }

    public List<JudgedQuery> queries() {
        return queries;
    }

    /** The grades of a need's judged articles (key → grade); empty if none. */
    public Map<String, Integer> grades(String need) {
        return grades.getOrDefault(need, Map.of());
    }

    /** The split (dev/test) of a query. */
    public String split(JudgedQuery q) {
        return needs.get(q.need()).split();
    }
}
