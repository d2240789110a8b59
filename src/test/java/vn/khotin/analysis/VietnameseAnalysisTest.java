package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.khotin.analysis.TokenAssert.assertAnalyzesTo;
import static vn.khotin.analysis.TokenAssert.terms;
import static vn.khotin.analysis.TokenAssert.tokens;

import java.text.Normalizer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import vn.khotin.analysis.VietnameseAnalysis.Role;

class VietnameseAnalysisTest {

    static final VietnameseAnalysis V = VietnameseAnalysis.create();
    static final Analyzer EXACT = V.indexAnalyzer(Role.EXACT);
    static final Analyzer FOLDED = V.indexAnalyzer(Role.FOLDED);
    static final Analyzer WORDS = V.indexAnalyzer(Role.WORDS);

    @Test
    void syllablesAreLowerCasedWithOffsetsPositionsAndTypes() {
        assertAnalyzesTo(EXACT, "Đảng ủy UBND",
                new String[] {"đảng", "ủy", "ubnd"},
                new int[] {0, 5, 8}, new int[] {4, 7, 12}, new int[] {0, 1, 2}, new int[] {1, 1, 1},
                new String[] {"<SYLLABLE>", "<SYLLABLE>", "<ABBR>"});
    }

    @Test
    void anEmojiWithAVariationSelectorMakesNoToken() {
        // U+FE0F asks for the emoji's colour form; phone keyboards add it, and alone it was taken for a word,
        // which every article then had to contain
        String text = "\uD83C\uDF27\uFE0F mưa lũ \u2764\uFE0F";
        assertAnalyzesTo(EXACT, text, new String[] {"mưa", "lũ"}, new int[] {4, 8}, new int[] {7, 10}, null, null,
                null);
    }

    @Test
    void nfdAndZeroWidthInputGivesNfcTermsWithOriginalOffsets() {
        String nfd = Normalizer.normalize("Hà Tĩnh", Normalizer.Form.NFD);
        String text = "\u200B" + nfd + "\u00A0mới";
        int end = text.length();
        assertAnalyzesTo(EXACT, text, new String[] {"hà", "tĩnh", "mới"},
                new int[] {1, 1 + 4, nfd.length() + 2}, new int[] {1 + 3, 1 + nfd.length(), end}, null, null, null);
        for (AnalyzedToken t : tokens(EXACT, text)) {
            String slice = Normalizer.normalize(text.substring(t.startOffset(), t.endOffset()), Normalizer.Form.NFC);
            assertThat(slice.toLowerCase()).isEqualTo(t.term());
        }
    }

    @Test
    void oldAndNewTonePlacementIndexTheSame() {
        assertThat(terms(EXACT, "hoà thuỷ khoẻ uỷ ban Hoà"))
                .containsExactly("hòa", "thủy", "khỏe", "ủy", "ban", "hòa");
        assertThat(terms(EXACT, "hòa thủy khỏe ủy ban")).containsExactly("hòa", "thủy", "khỏe", "ủy", "ban");
        // closed syllables and qu- are written one way only and must not move
        assertThat(terms(EXACT, "hoàng quý quả ngoài")).containsExactly("hoàng", "quý", "quả", "ngoài");
    }

    @Test
    void foldingRemovesEveryDiacriticIncludingDBar() {
        assertThat(terms(FOLDED, "Đảng ủy Hà Tĩnh thể án")).containsExactly("dang", "uy", "ha", "tinh", "the", "an");
    }

    @Test
    void intactTokens() {
        assertAnalyzesTo(EXACT, "Nghị quyết 02-NQ/ThU, Quyết định 1193-QĐ/TU ngày 28/2 và 3/2/2021",
                new String[] {"nghị", "quyết", "02-nq/thu", "quyết", "định", "1193-qđ/tu", "ngày", "28/2", "và",
                        "3/2/2021"},
                null, null, null, null,
                new String[] {"<SYLLABLE>", "<SYLLABLE>", "<CODE>", "<SYLLABLE>", "<SYLLABLE>", "<CODE>",
                        "<SYLLABLE>", "<DATE>", "<SYLLABLE>", "<DATE>"});
        assertAnalyzesTo(EXACT, "giá 1.000 đồng, tăng 2,5%. Liên hệ bbt@baohatinh.vn hoặc https://baohatinh.vn/a-b.html.",
                new String[] {"giá", "1.000", "đồng", "tăng", "2,5", "liên", "hệ", "bbt@baohatinh.vn", "hoặc",
                        "https://baohatinh.vn/a-b.html"},
                null, null, null, null,
                new String[] {"<SYLLABLE>", "<NUM>", "<SYLLABLE>", "<SYLLABLE>", "<NUM>", "<SYLLABLE>", "<SYLLABLE>",
                        "<EMAIL>", "<SYLLABLE>", "<URL>"});
        // TP.HCM is not a domain; Covid-19 splits
        assertThat(terms(EXACT, "TP.HCM Covid-19")).containsExactly("tp", "hcm", "covid", "19");
    }

    @Test
    void wordsFieldEmitsCompoundsNamesAndBigramsAsGraphUnits() {
        List<AnalyzedToken> t = tokens(WORDS, "Thành phố Hà Tĩnh, nông thôn mới");
        assertThat(t).extracting(AnalyzedToken::term)
                .containsExactly("thành_phố", "phố_hà", "hà_tĩnh", "nông_thôn_mới", "nông_thôn", "thôn_mới");
        AnalyzedToken ntm = t.get(3);
        assertThat(ntm.position()).isEqualTo(4);
        assertThat(ntm.positionLength()).isEqualTo(3);
        assertThat(ntm.type()).isEqualTo(VietnameseWordFilter.WORD);
        assertThat(ntm.startOffset()).isEqualTo(19);
        assertThat(ntm.endOffset()).isEqualTo(32);
        // no unit crosses the comma
        assertThat(t).extracting(AnalyzedToken::term).doesNotContain("tĩnh_nông");
    }

    @Test
    void namesAreFoundByCapitalsButNotWithASentenceInitialCommonWord() {
        assertThat(tokens(V.indexAnalyzer(Role.WORDS), "Ông Võ Hồng Hải phát biểu"))
                .filteredOn(t -> t.type().equals(VietnameseWordFilter.NAME))
                .extracting(AnalyzedToken::term).containsExactly("võ_hồng_hải");
    }

    @Test
    void queryAnalyzerExpandsAbbreviationsBothWaysAsAGraph() {
        Analyzer q = V.queryAnalyzer(Role.EXACT);
        List<AnalyzedToken> t = tokens(q, "UBND tỉnh");
        assertThat(t).extracting(AnalyzedToken::term).contains("ubnd", "ủy", "ban", "nhân", "dân", "tỉnh");
        AnalyzedToken ubnd = t.stream().filter(x -> x.term().equals("ubnd")).findFirst().orElseThrow();
        assertThat(ubnd.positionLength()).isEqualTo(4);
        assertThat(terms(q, "thành phố Hà Tĩnh")).contains("tp", "thành", "phố");
        assertThat(terms(V.queryAnalyzer(Role.FOLDED), "hoi dong nhan dan")).contains("hdnd");
        // "ca" (song, shift) is ambiguous and is not expanded to "công an"
        assertThat(terms(q, "ca sĩ")).containsExactly("ca", "sĩ");
    }

    @Test
    void queryStopwordsLeaveGapsButNegationStays() {
        List<AnalyzedToken> t = tokens(V.queryAnalyzer(Role.EXACT), "trường của tỉnh không đạt");
        assertThat(t).extracting(AnalyzedToken::term).containsExactly("trường", "tỉnh", "không", "đạt");
        assertThat(t).extracting(AnalyzedToken::position).containsExactly(0, 2, 3, 4);
        // no leading hole: it would break query graphs
        assertThat(tokens(V.queryAnalyzer(Role.EXACT), "của UBND")).first()
                .extracting(AnalyzedToken::position).isEqualTo(0);
        assertThat(new VietnameseQueryBuilder(V).build("body", "của UBND tỉnh").toString()).contains("ubnd");
        // a query of stopwords only is kept whole
        assertThat(terms(V.queryAnalyzer(Role.EXACT), "của các")).containsExactly("của", "các");
    }

    @Test
    void perFieldAnalyzerFollowsTheSuffixConvention() {
        Analyzer a = V.indexAnalyzer();
        assertThat(AnalyzedToken.analyze(a, "title", "Hà Tĩnh")).extracting(AnalyzedToken::term)
                .containsExactly("hà", "tĩnh");
        assertThat(AnalyzedToken.analyze(a, "title.folded", "Hà Tĩnh")).extracting(AnalyzedToken::term)
                .containsExactly("ha", "tinh");
        assertThat(AnalyzedToken.analyze(a, "body.words", "Hà Tĩnh")).extracting(AnalyzedToken::term)
                .containsExactly("hà_tĩnh");
        assertThat(AnalyzedToken.analyze(a, "body.words.folded", "Hà Tĩnh")).extracting(AnalyzedToken::term)
                .containsExactly("ha_tinh");
        assertThat(Role.baseOf("title.words.folded")).isEqualTo("title");
    }

    @Test
    void accentDetectionAndTelexVniRepair() {
        assertThat(VietnameseAnalysis.isUnaccented("ha tinh")).isTrue();
        assertThat(VietnameseAnalysis.isUnaccented("Hà tinh")).isFalse();
        assertThat(VietnameseAnalysis.isUnaccented("dang uy")).isTrue();
        assertThat(VietnameseAnalysis.isUnaccented("2021")).isFalse();
        assertThat(V.repairCandidates("hoaf binhf")).containsExactly("hòa bình");
        assertThat(V.repairCandidates("Tie61ng Vie65t")).containsExactly("Tiếng Việt");
        assertThat(V.repairCandidates("nguwowif dduwowngf")).containsExactly("người đường");
        // ordinary unaccented queries are not rewritten
        assertThat(V.repairCandidates("ha tinh")).isEmpty();
        assertThat(V.repairCandidates("ubnd thanh pho")).isEmpty();
    }

    @Test
    void abbreviationTableHasAtLeastSixtyEntriesAndLooksUpBothWays() {
        VietnameseAbbreviations a = V.abbreviations();
        assertThat(a.entries()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(a.expansions("hđnd")).containsExactly("hội đồng nhân dân");
        assertThat(a.abbreviationOf("Uỷ ban nhân dân")).contains("UBND");
        assertThat(a.isAmbiguous("CA")).isTrue();
        assertThat(a.isAmbiguous("UBND")).isFalse();
    }
}
