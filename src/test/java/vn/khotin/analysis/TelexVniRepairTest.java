package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Telex/VNI words against the shared lexicon: what is rebuilt, and what must stay as typed. */
class TelexVniRepairTest {

    private static final TelexVniRepair REPAIR = new TelexVniRepair(VietnameseLexicon.get());

    @ParameterizedTest
    @CsvSource({
        // a lone w for ư after the initial consonant, as Telex input methods accept it
        "ngw, ngư", "thw, thư", "nhwng, nhưng", "nhwngx, những", "twf, từ", "tws, tứ", "twj, tự", "ngwj, ngự",
        "ddwngs, đứng", "xwr, xử", "Nhwngx, Những",
        // the lone w before ơ: w o w spells ươ
        "ngwowif, người", "mwowif, mười", "nwowcs, nước", "ddwowcj, được", "trwowngf, trường",
        // the long forms keep working
        "nguw, ngư", "nguwowif, người", "dduwowngf, đường", "hoaf, hòa", "Tie61ng, Tiếng"
    })
    void rebuildsTelexAndVniWords(String typed, String expected) {
        assertThat(REPAIR.repairWord(typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // all caps: abbreviations, not Telex ("HW" would otherwise become "Hư", "DW" "Dư")
        "TW", "HW", "DW", "SW", "NHWNG",
        // "tw" is the lexicon's TW (trung ương), a word already, like "ha" or "tinh"
        "tw",
        // a w with no initial consonant before it, or after letters that are no Vietnamese initial
        "w", "ww", "www", "wtf", "wf", "bmw", "nsw", "kwh", "phw",
        // English words: they have vowels of their own, which the bare-w reading never touches
        "show", "news", "new", "two", "week", "wifi", "twitter", "swing",
        // ordinary unaccented Vietnamese
        "ha", "tinh", "thanh", "pho", "ubnd",
        // numbers with a unit: a VNI mark follows its letter ("10kg" is not "kg")
        "10kg", "2018", "5g", "3ha",
        // codes: a syllable needs a vowel, so "F0" is not "f" with its marks cleared (a trial's F0 became "F")
        "F0", "f0", "B52", "T4",
        // two tone digits: a code, not VNI ("U23" had become "Ủ", the under-23 team's matches replaced by "ủ")
        "U23", "u23", "U19", "A35"
    })
    void leavesOtherWordsAlone(String typed) {
        assertThat(REPAIR.repairWord(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"'nhwngx ngwowif', 'những người'", "'TW hoopj', 'TW hộp'", "'ha tinh', ''", "'TW SW tw', ''",
        "'giaos vieen mua 10kg thitj lowjn', 'giáo viên mua 10kg thịt lợn'"})
    void candidatesRepairWordByWord(String query, String expected) {
        assertThat(REPAIR.candidates(query)).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void aNameTheLexiconLacksIsRepairedWhenTheCallerKnowsIt() {
        // "Đoòng" (Sơn Đoòng cave) is in no dictionary: the query-time filter leaves it, the archive knows it
        assertThat(REPAIR.candidates("hang So7n D9oo2ng")).containsExactly("hang Sơn D9oo2ng");
        assertThat(REPAIR.candidates("hang So7n D9oo2ng", "đoòng"::equals)).containsExactly("hang Sơn Đoòng");
    }
}
