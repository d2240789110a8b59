package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.khotin.model.Article;
import vn.khotin.search.eval.JudgedSet.JudgedQuery;

/**
 * Writes the candidates still to judge: per need (or per related-stories query article or draft), the articles
 * any system ranked in its top 10 that have no grade yet, in an order that does not reveal which system found them
 * (by a hash of the key), with the text a judge reads (title, sapo, the start of the body).
 */
final class JudgingPool {

    static final int BODY_CHARS = 800;

    private JudgingPool() {}

    /** Writes the pool; returns the number of articles to judge. */
    static int write(JudgedSet set, EvalArchive archive, Map<String, Map<String, List<String>>> runs, Path file)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Set<String>> e : JudgedSearchEvaluation.pooled(set, runs).entrySet()) {
                String need = e.getKey();
                List<String> todo = new ArrayList<>();
                for (String key : e.getValue()) {
                    if (!set.grades(need).containsKey(key)) {
                        todo.add(key);
                    }
                }
                if (todo.isEmpty()) {
                    continue;
                }
                todo.sort(Comparator.comparingInt(k -> Integer.reverse(k.hashCode())));
                ObjectNode line = json.createObjectNode();
                line.put("need", need);
                line.put("description", set.needs().get(need).description());
                ArrayNode qs = line.putArray("queries");
                for (JudgedQuery q : set.queries()) {
                    if (q.need().equals(need)) {
                        qs.add(q.text());
                    }
                }
                ArrayNode docs = line.putArray("docs");
                for (String key : todo) {
                    docs.add(doc(json, key, archive.byKey(key)));
                }
                total += todo.size();
                w.write(json.writeValueAsString(line));
                w.newLine();
            }
        }
        return total;
    }

    /**
     * Related stories: writes a line for every query article (or draft) with unjudged candidates in a top 10 of
     * any method, the source as {@code source} gives it, the candidates in hash order. Returns the number of
     * candidates written.
     */
    static int writeRelated(List<RelatedQuery> queries, Map<String, Map<String, Integer>> grades,
            Map<String, Map<String, List<String>>> runs, Function<String, ObjectNode> source, EvalArchive archive,
            BufferedWriter w) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        for (RelatedQuery q : queries) {
            Set<String> pool = new LinkedHashSet<>();
            for (Map<String, List<String>> run : runs.values()) {
                pool.addAll(run.get(q.key()));
            }
            Map<String, Integer> judged = grades.getOrDefault(q.key(), Map.of());
            List<String> todo = new ArrayList<>(pool.stream().filter(k -> !judged.containsKey(k)).toList());
            if (todo.isEmpty()) {
                continue;
            }
            todo.sort(Comparator.comparingInt(k -> Integer.reverse(k.hashCode())));
            ObjectNode line = json.createObjectNode();
            line.put("query", q.key());
            line.put("topic", q.topic());
            line.set("article", source.apply(q.key()));
            ArrayNode docs = line.putArray("candidates");
            for (String key : todo) {
                docs.add(JudgingPool.doc(json, key, archive.byKey(key)));
            }
            total += todo.size();
            w.write(json.writeValueAsString(line));
            w.newLine();
        }
        return total;
    }

    static ObjectNode doc(ObjectMapper json, String key, Article a) {
        ObjectNode d = json.createObjectNode();
        d.put("key", key);
        d.put("title", a.title());
        d.put("sapo", a.sapo());
        String body = a.bodyText();
        d.put("body", body.length() <= BODY_CHARS ? body : body.substring(0, BODY_CHARS) + " …");
        return d;
    }
}
