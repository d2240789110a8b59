package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import vn.khotin.index.TextAnalysis;

/** How a run of words typed without diacritics is read as lexicon words, each then checked side by side. */
class WholeWordsTest {

    static final WholeWords WHOLE_WORDS = new WholeWords(TextAnalysis.get());
    static final QueryUnits UNITS = new QueryUnits(TextAnalysis.get().vietnamese());

    static List<String> foldedWords(String query) {
        return WHOLE_WORDS.foldedFilters(UNITS.of(Arrays.asList(query.split(" ")))).stream()
                .map(WholeWordsTest::phrase).toList();
    }

    private static String phrase(Query anyField) {
        BooleanClause first = ((BooleanQuery) anyField).clauses().get(0);
        return String.join(" ", Arrays.stream(((PhraseQuery) first.query()).getTerms()).map(t -> t.text()).toList());
    }

    @Test
    void theMostFrequentReadingWinsOverTheFirstFromTheLeft() {
        // read longest-first from the left, "cua can" took a syllable from "can bo"
        assertThat(foldedWords("muc luong co so cua can bo cong chuc"))
                .containsExactly("co so", "can bo", "cong chuc");
    }

    @Test
    void longerWordsStayWhole() {
        assertThat(foldedWords("khu do thi thu thiem")).containsExactly("khu do thi", "thu thiem");
        assertThat(foldedWords("ca voi dat bo bien ha tinh")).containsExactly("ca voi", "bo bien", "ha tinh");
        assertThat(foldedWords("ha tinh bo vnen")).containsExactly("ha tinh");
    }

    @Test
    void accentedWordsAndSingleSyllablesGiveNoFoldedWord() {
        assertThat(foldedWords("cá voi dạt bờ biển")).isEmpty();
        assertThat(foldedWords("formosa")).isEmpty();
    }
}
