package vn.khotin.search.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.khotin.search.RelatedStories;

/**
 * The draft part of {@code khotin eval related}: "Tin liên quan" for the editors' own case, a new article that is
 * not in the archive yet. The drafts ({@code related-drafts.tsv}: key, split, topic, title, text) are ranked by
 * Khotin ({@link RelatedStories#forDraft}), plain More-Like-This of the draft's title and text
 * ({@link RelatedStories#plainMoreLikeThisText}) and a BM25 query of its title and first sentence (what the
 * title+sapo baseline reads of an archived article), and graded by {@code related-drafts-qrels.tsv} (draft, key,
 * grade 0/1/2).
 */
final class JudgedDraftEvaluation {

    static final String DRAFTS = "related-drafts.tsv";
    static final String QRELS = "related-drafts-qrels.tsv";
    /** The lead the BM25 baseline reads: the first sentence, and the next ones while it has fewer words than this. */
    static final int LEAD_WORDS = 20;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+");

    /** A draft: {@code text} has its paragraphs on separate lines (the file writes them apart with a literal \n). */
    record Draft(String key, String split, String topic, String title, String text) {

        RelatedQuery asQuery() {
            return new RelatedQuery(key, split, topic);
        }
    }

    /** A related-stories method for drafts: the keys of the best archived candidates. */
    @FunctionalInterface
    interface DraftMethod {
        List<String> related(Draft draft, int k) throws IOException;
    }

    /** Every draft ranked by every method (method name → draft key → keys), with the drafts' grades. */
    record Runs(List<Draft> drafts, Map<String, Map<String, Integer>> grades,
            Map<String, Map<String, List<String>>> ranked) {

        List<RelatedQuery> queries() {
            return drafts.stream().map(Draft::asQuery).toList();
        }
    }

    private JudgedDraftEvaluation() {}

    /** Whether the judged directory (null: the classpath set) has a draft set. */
    static boolean present(Path dir) {
        return JudgedSet.exists(dir, DRAFTS);
    }

    /** Reads the drafts; keys unique, split dev or test, a title and a text. */
    static List<Draft> read(Path dir) throws IOException {
        List<Draft> drafts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String[] r : JudgedSet.rows(dir, DRAFTS, 5)) {
            String key = r[0].strip();
            if (!keys.add(key)) {
                throw new IOException(DRAFTS + ": draft " + key + " twice");
            }
            if (!r[1].equals("dev") && !r[1].equals("test")) {
                throw new IOException(DRAFTS + ": draft " + key + ": split must be dev or test, not " + r[1]);
            }
            String text = nfc(r[4].replace("\\n", "\n")).strip();
            if (r[3].isBlank() || text.isEmpty()) {
                throw new IOException(DRAFTS + ": draft " + key + " has no title or no text");
            }
            drafts.add(new Draft(key, r[1], r[2], nfc(r[3]).strip(), text));
        }
        return drafts;
    }

    /** The draft's first sentence, and the next ones of its first paragraph while it is shorter than a sapo. */
    static String lead(String text) {
        String first = text.strip().split("\n", 2)[0];
        StringBuilder lead = new StringBuilder();
        int words = 0;
        for (String sentence : SENTENCE_END.split(first)) {
            if (words >= LEAD_WORDS) {
                break;
            }
            lead.append(lead.isEmpty() ? "" : " ").append(sentence);
            words += sentence.split("\\s+").length;
        }
        return lead.toString();
    }

    /** Khotin, plain More-Like-This and the title+lead BM25 baseline, on the evaluation archive. */
    static Map<String, DraftMethod> methods(EvalArchive archive, RelatedStories related, PlainLucenePeer plain) {
        Map<String, DraftMethod> methods = new LinkedHashMap<>();
        methods.put("Khotin", (d, k) -> related.forDraft(d.title(), d.text(), null, k).stories().stream()
                .map(s -> archive.keyOf(s.id())).toList());
        methods.put("MoreLikeThis", (d, k) -> related.plainMoreLikeThisText(d.title() + "\n" + d.text(), k).stream()
                .map(archive::keyOf).toList());
        methods.put("Tiêu đề+câu đầu (BM25)", (d, k) -> plain.searchText(d.title() + "\n" + lead(d.text()), k, null));
        return methods;
    }

    /** Ranks every draft with every method, top {@code k}. */
    static Runs rank(List<Draft> drafts, Map<String, Map<String, Integer>> grades, Map<String, DraftMethod> methods,
            int k) throws IOException {
        Map<String, Map<String, List<String>>> ranked = new LinkedHashMap<>();
        for (Map.Entry<String, DraftMethod> m : methods.entrySet()) {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (Draft d : drafts) {
                lists.put(d.key(), m.getValue().related(d, k));
            }
            ranked.put(m.getKey(), lists);
        }
        return new Runs(drafts, grades, ranked);
    }

    /** The judged tables of the drafts, one per part, as for the archived query articles. */
    static void tables(Runs runs, PrintWriter out) {
        List<RelatedQuery> judged = runs.queries().stream().filter(q -> runs.grades().containsKey(q.key())).toList();
        out.printf("%nBản thảo (bài mới, chưa có trong kho) đã chấm: %d / %d.%n", judged.size(), runs.drafts().size());
        for (String split : List.of("dev", "test")) {
            List<RelatedQuery> part = judged.stream().filter(q -> q.split().equals(split)).toList();
            RelatedTables.judgedTable(String.format("Bản thảo đã chấm, phần %s (%d bản thảo)", split,
                    part.size()), part, runs.grades(), runs.ranked(), out);
        }
    }

    /** Writes the drafts' unjudged candidates to a pool, each draft as a judge reads it; returns their number. */
    static int writePool(Runs runs, EvalArchive archive, BufferedWriter w) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, ObjectNode> docs = new HashMap<>();
        for (Draft d : runs.drafts()) {
            // a draft has no sapo: its title and its whole text
            ObjectNode node = json.createObjectNode();
            node.put("key", d.key());
            node.put("title", d.title());
            node.put("sapo", "");
            node.put("body", d.text());
            docs.put(d.key(), node);
        }
        return JudgingPool.writeRelated(runs.queries(), runs.grades(), runs.ranked(), docs::get, archive, w);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
