package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The word filter's fast paths against the plain chain they stand for: the fused term forms against
 * {@code lowercase | vietnameseTone [| vietnameseFolding]}, and reading the tokenizer directly against reading
 * attributes from any other input.
 */
class VietnameseWordFilterTest {

    // old-style tones, capitals (names), an all-caps abbreviation, codes, dates, numbers, a URL, an e-mail,
    // NFD marks and invisible characters, a supplementary letter, clause breaks
    private static final List<String> TEXTS = List.of(
            "Uỷ ban nhân dân TP Hà Tĩnh họp sáng 28/2, bàn Nghị quyết 02-NQ/ThU về hoà bình.",
            "Ông Võ Hồng Hải, Thuỷ lợi Kẻ Gỗ khoẻ: đọc baohatinh.vn hoặc gửi thu@baohatinh.vn.",
            "KHOẺ MẠNH, HOÀ THUẬN; Thuỷ Tiên hát ở Hồng Lĩnh 1.000 người, tăng 2,5%.",
            "Nghe\u0300 An va\u0300 Ha\u0300 Ti\u0303nh\u200B cùng xây dựng nông thôn mới 𝐀𝐁c xyz.",
            "Làm chủ sở hữu, làm Phó Thủ tướng, làm đơn giản hóa thủ tục.",
            "Cao tốc Bắc - Nam qua Hà Tĩnh – Nghệ An, Đông Hải, Vân Đồn; giai đoạn 2021 - 2025 — và Mỹ -- Triều.");

    private static Analyzer chain(VietnameseWordFilter.TermForm form, boolean viaAttributes, boolean fold) {
        VietnameseLexicon lex = VietnameseLexicon.get();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new VietnameseTokenizer();
                TokenStream ts = source;
                if (viaAttributes) {
                    ts = new FilteringTokenFilter(ts) { // keeps everything; hides the tokenizer from the word filter
                        @Override
                        protected boolean accept() {
                            return true;
                        }
                    };
                }
                ts = new VietnameseWordFilter(ts, lex, VietnameseWordFilter.Mode.BOTH, form);
                if (form == VietnameseWordFilter.TermForm.AS_READ) {
                    ts = new VietnameseToneFilter(new LowerCaseFilter(ts));
                    if (fold) {
                        ts = new VietnameseFoldingFilter(ts);
                    }
                }
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new VietnameseNormalizationCharFilter(reader);
            }
        };
    }

    @Test
    void normalizedFormEqualsLowerCaseAndToneFilters() {
        Analyzer plain = chain(VietnameseWordFilter.TermForm.AS_READ, true, false);
        Analyzer fused = chain(VietnameseWordFilter.TermForm.NORMALIZED, false, false);
        for (String t : TEXTS) {
            assertThat(TokenAssert.tokens(fused, t)).as(t).isEqualTo(TokenAssert.tokens(plain, t));
        }
        assertThat(TokenAssert.terms(fused, TEXTS.get(0))).contains("ủy_ban", "hà_tĩnh", "hòa_bình");
    }

    @Test
    void aCapitalisedRunEndsBeforeASyllableThatMakesAWordWithTheNext() {
        VietnameseLexicon lex = VietnameseLexicon.get();
        Analyzer lexicon = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new VietnameseTokenizer();
                return new TokenStreamComponents(source, new VietnameseWordFilter(source, lex,
                        VietnameseWordFilter.Mode.LEXICON, VietnameseWordFilter.TermForm.NORMALIZED));
            }
        };
        List<String> terms = TokenAssert.terms(lexicon, "Lực lượng Ban Chỉ huy phòng chống thiên tai đã họp, ông Nguyễn Văn Hùng dự.");
        // "Ban Chỉ" is no name: "chỉ huy" is the word; a real name stays whole
        assertThat(terms).contains("chỉ_huy", "nguyễn_văn_hùng").doesNotContain("ban_chỉ");
    }

    @Test
    void aSoftBreakPairsItsNeighboursButEndsAName() {
        Analyzer both = chain(VietnameseWordFilter.TermForm.NORMALIZED, false, false);
        // the pair across the dash is a bigram of its own form, as a phrase of the syllable field would match; the
        // names stay two
        TokenAssert.assertAnalyzesTo(both, "Hà Tĩnh - Nghệ An", new String[] {"hà_tĩnh", "tĩnh~nghệ", "nghệ_an"},
                new int[] {0, 3, 10}, new int[] {7, 14, 17}, new int[] {0, 1, 2}, new int[] {2, 2, 2}, null);
        // a quote closing a nickname before a capitalised name is a soft break too; an opening quote, or a quotation
        // ending before lower case, is not
        assertThat(TokenAssert.terms(both, "Vụ bán đấu giá nhà “bầu” Kiên và 'bầu' Đức; “Sẽ làm” ông nói"))
                .contains("bầu~kiên", "bầu~đức")
                .doesNotContain("bầu_kiên", "bầu_đức", "nhà~bầu", "và~bầu", "làm~ông", "làm_ông");
        // a comma, a bracket or two dashes still end the clause
        assertThat(TokenAssert.terms(both, "Cao tốc Bắc – Nam, Đông Hải, Vân Đồn (Hải) Vân -- Triều"))
                .contains("bắc~nam", "đông_hải", "vân_đồn")
                .doesNotContain("bắc_nam", "nam_đông", "nam~đông", "hải_vân", "đồn_hải", "vân_triều", "vân~triều");
    }

    @Test
    void foldedFormEqualsFoldingAfterTheFilters() {
        Analyzer plain = chain(VietnameseWordFilter.TermForm.AS_READ, true, true);
        Analyzer fused = chain(VietnameseWordFilter.TermForm.FOLDED, false, true);
        for (String t : TEXTS) {
            assertThat(TokenAssert.tokens(fused, t)).as(t).isEqualTo(TokenAssert.tokens(plain, t));
        }
        assertThat(TokenAssert.terms(fused, TEXTS.get(1))).contains("vo_hong_hai", "thuy_loi");
    }

    @Test
    void readingTheTokenizerDirectlyEqualsReadingAttributes() {
        for (VietnameseWordFilter.TermForm form : VietnameseWordFilter.TermForm.values()) {
            Analyzer direct = chain(form, false, false);
            Analyzer attributes = chain(form, true, false);
            for (String t : TEXTS) {
                assertThat(TokenAssert.tokens(direct, t)).as("%s: %s", form, t)
                        .isEqualTo(TokenAssert.tokens(attributes, t));
            }
        }
    }

    @Test
    void syllableCacheHitsGiveWhatAColdFilterGives() {
        // one reused stream per analyzer, so later texts hit syllables cached from earlier ones: the same
        // letters in other cases and tone placements must not share an entry, and nothing may leak across texts
        List<String> texts = new java.util.ArrayList<>(TEXTS);
        texts.add("hoà Hoà HOÀ hòa hoà Hòa thuỷ Thủy nghiêng Nghiêng nghiêngg NGHIÊNG hoà bình Hoà Bình.");
        texts.addAll(TEXTS);
        texts.add("Hoà bình hoà bình HOÀ BÌNH, Ủy ban uỷ ban, Thủy lợi thuỷ lợi.");
        // thousands of distinct syllables of one length sharing first letters: entries collide and get replaced
        StringBuilder many = new StringBuilder();
        for (String onset : List.of("b", "c", "d", "đ", "h", "l", "m", "n", "t", "th", "B", "Th", "ng", "kh", "tr", "ch", "ph", "x", "s", "r", "v", "Ng", "Tr", "Đ")) {
            for (String vowel : List.of("a", "à", "á", "ả", "ã", "ạ", "ô", "ồ", "ố", "ổ", "ỗ", "ộ", "ư", "ừ", "ứ")) {
                for (String coda : List.of("", "n", "ng", "m", "c", "t", "nh")) {
                    many.append(onset).append(vowel).append(coda).append(' ');
                }
            }
        }
        texts.add(many.toString());
        texts.add(many.toString());
        for (boolean fold : new boolean[] {false, true}) {
            Analyzer plain = chain(VietnameseWordFilter.TermForm.AS_READ, true, fold);
            Analyzer fused = chain(fold ? VietnameseWordFilter.TermForm.FOLDED : VietnameseWordFilter.TermForm.NORMALIZED,
                    false, fold);
            for (String t : texts) {
                assertThat(TokenAssert.tokens(fused, t)).as("%s: %s", fold, t)
                        .isEqualTo(TokenAssert.tokens(plain, t));
            }
        }
    }
}
