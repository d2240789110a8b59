package vn.khotin.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With unjudged distractors in the archive, each ranked list is also read without its unjudged articles, so that
 * finding an unjudged near-copy of a relevant article does not count against a system as an irrelevant one would.
 */
class CondensedListsTest {

    @Test
    void unjudgedArticlesAreDroppedAndTheJudgedKeepTheirOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("needs.tsv"), "need\tsplit\tdescription\nN1\tdev\tFloods in Hương Khê\n");
        Files.writeString(dir.resolve("queries.tsv"), "qid\tneed\tclass\ttwin\tquery\nQ1\tN1\ttopic\t-\tlũ Hương Khê\n");
        Files.writeString(dir.resolve("qrels.tsv"), "need\tkey\tgrade\nN1\tbaomoi-1\t2\nN1\tbaomoi-2\t0\nN1\tbaomoi-3\t1\n");
        JudgedSet set = JudgedSet.load(dir);
        Map<String, Map<String, List<String>>> runs = Map.of("Khotin",
                Map.of("Q1", List.of("gen-100000001", "baomoi-2", "gen-100000002", "baomoi-3", "baomoi-1")));

        List<String> condensed = JudgedSearchEvaluation.condensed(set, runs).get("Khotin").get("Q1");

        assertThat(condensed).containsExactly("baomoi-2", "baomoi-3", "baomoi-1");
        assertThat(RankingMetrics.ndcg(condensed, set.grades("N1"), 10))
                .isGreaterThan(RankingMetrics.ndcg(runs.get("Khotin").get("Q1"), set.grades("N1"), 10));
    }

    @Test
    void theDetailsFileGivesEachQuerysCondensedScoreBesideItsPlainOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("needs.tsv"), "need\tsplit\tdescription\nN1\tdev\tFloods in Hương Khê\n");
        Files.writeString(dir.resolve("queries.tsv"), "qid\tneed\tclass\ttwin\tquery\nQ1\tN1\ttopic\t-\tlũ Hương Khê\n");
        Files.writeString(dir.resolve("qrels.tsv"), "need\tkey\tgrade\nN1\tbaomoi-1\t2\n");
        JudgedSet set = JudgedSet.load(dir);
        Map<String, Map<String, List<String>>> runs = Map.of("Khotin", Map.of("Q1", List.of("gen-1", "baomoi-1")));
        Path details = dir.resolve("details.tsv");

        JudgedSearchEvaluation.details(set, runs, JudgedSearchEvaluation.condensed(set, runs), details);

        List<String> lines = Files.readAllLines(details);
        assertThat(lines.get(0)).endsWith("\tcondensed nDCG@10 Khotin");
        // plain: the relevant article second (0.631); condensed: first (1.000)
        assertThat(lines.get(1)).startsWith("dev\ttopic\tQ1\tlũ Hương Khê\t0.631\tgen-1,baomoi-1").endsWith("\t1.000");
    }
}
