package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.analysis.VietnameseLexicon;
import vn.khotin.analysis.VietnameseNormalizationCharFilter;
import vn.khotin.analysis.VietnameseText;
import vn.khotin.analysis.VietnameseTokenizer;
import vn.khotin.analysis.VietnameseWordFilter;
import vn.khotin.model.Article;
import vn.khotin.index.ArticleIndex;
import vn.khotin.index.IndexOptions;
import vn.khotin.index.IndexedArticle;
import vn.khotin.search.eval.CorpusArticles;

/**
 * Every word a "Tin liên quan" reason shows is a whole word of the story as the segmenter splits it (a lexicon
 * word or name, or a syllable standing alone), an abbreviation, or two such syllables the source always writes side
 * by side (a word the lexicon lacks, "rung lắc"), or the foreign word a name is shortened to ({@link ShortNames}:
 * "Breaking" of the film "I'm Breaking Up Now"): never a pair of syllables across a word boundary ("từ ngày",
 * "khê sơ"). Checked on real news from the shared corpus; skipped when it is absent.
 */
class RelatedReasonsWholeWordsTest {

    private static final int ARCHIVE = 800;
    private static final int SOURCES = 32;

    @TempDir
    Path dir;

    @Test
    void reasonWordsAreWholeWordsOfTheSourceStory() throws Exception {
        assumeTrue(Files.isRegularFile(CorpusArticles.DEFAULT), "shared corpus absent: " + CorpusArticles.DEFAULT);
        List<Article> articles = CorpusArticles.read(CorpusArticles.DEFAULT, ARCHIVE);
        int checked = 0;
        List<String> bad = new ArrayList<>();
        try (ArticleIndex index = ArticleIndex.open(dir, IndexOptions.BULK)) {
            for (Article a : articles) {
                index.upsert(new IndexedArticle(a, null, null));
            }
            index.refresh();
            RelatedStories related = new RelatedStories(index);
            for (int i = 0; i < SOURCES; i++) {
                Article src = articles.get(i * (ARCHIVE / SOURCES));
                String text = src.title() + "\n" + src.sapo() + "\n" + src.bodyText();
                Set<String> words = segmenterWords(text);
                for (RelatedStory s : related.forArticle(src.id(), 5).stories()) {
                    // a name written with punctuation ("C.Ronaldo") is one unit of the segmenter: c_ronaldo
                    for (String w : s.reasons().words()) {
                        checked++;
                        if (!words.contains(key(w)) && !isAbbreviation(w) && !isJoinedWord(w, words, text)
                                && !isShortName(w, text)) {
                            bad.add(w + " (article " + src.id() + ")");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("reason words checked").isGreaterThan(50);
        assertThat(bad).isEmpty();
    }

    /** Two syllables the segmenter left apart that the source writes side by side: one word ("rung lắc"). */
    private static boolean isJoinedWord(String w, Set<String> words, String text) {
        String[] parts = w.split(" ");
        return parts.length == 2 && words.contains(key(parts[0])) && words.contains(key(parts[1]))
                && text.contains(w);
    }

    /** One capitalised foreign word the source writes standing alone, inside a longer name. */
    private static boolean isShortName(String w, String text) {
        return w.matches("\\p{Lu}[A-Za-z]{3,}")
                && Pattern.compile("(?<!\\p{L})" + w + "(?!\\p{L})").matcher(text).find();
    }

    private static boolean isAbbreviation(String w) {
        return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
    }

    private static String key(String w) {
        return VietnameseText.toNewStyle(Normalizer.normalize(w, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))
                .strip().replaceAll("[^\\p{L}\\p{N}]+", "_");
    }

    /** The segmenter's words of a text: multi-syllable lexicon words and names, and syllables outside them. */
    private static Set<String> segmenterWords(String text) throws Exception {
        VietnameseLexicon lexicon = VietnameseLexicon.get();
        Analyzer units = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String f) {
                Tokenizer t = new VietnameseTokenizer();
                return new TokenStreamComponents(t, new VietnameseWordFilter(t, lexicon,
                        VietnameseWordFilter.Mode.LEXICON, VietnameseWordFilter.TermForm.NORMALIZED));
            }

            @Override
            protected Reader initReader(String f, Reader r) {
                return new VietnameseNormalizationCharFilter(r);
            }
        };
        Set<String> out = new HashSet<>();
        List<int[]> covered = new ArrayList<>();
        try (TokenStream ts = units.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
                covered.add(new int[] {off.startOffset(), off.endOffset()});
            }
            ts.end();
        }
        try (Tokenizer tok = new VietnameseTokenizer()) {
            tok.setReader(new VietnameseNormalizationCharFilter(new StringReader(text)));
            CharTermAttribute term = tok.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = tok.addAttribute(OffsetAttribute.class);
            tok.reset();
            while (tok.incrementToken()) {
                int start = off.startOffset();
                if (covered.stream().noneMatch(c -> start >= c[0] && start < c[1])) {
                    out.add(key(term.toString()));
                }
            }
            tok.end();
        }
        return out;
    }
}
