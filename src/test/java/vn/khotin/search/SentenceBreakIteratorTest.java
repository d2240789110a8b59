package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {

    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void breaksAfterSentenceEndsAndLineBreaks() {
        assertThat(sentences("Sáng 5/3, UBND tỉnh họp. Chiều cùng ngày, đoàn về Kỳ Anh! Ai đi?\nĐoạn mới"))
                .containsExactly("Sáng 5/3, UBND tỉnh họp. ", "Chiều cùng ngày, đoàn về Kỳ Anh! ", "Ai đi?\n",
                        "Đoạn mới");
    }

    @Test
    void keepsAbbreviationsNumbersAndQuotesInsideTheSentence() {
        assertThat(sentences("Giá 3.5 triệu đồng, gồm gạo, muối v.v. và nước. Ông nói: \"Tốt lắm.\" Rồi đi."))
                .containsExactly("Giá 3.5 triệu đồng, gồm gạo, muối v.v. và nước. ",
                        "Ông nói: \"Tốt lắm.\" ", "Rồi đi.");
    }

    @Test
    void textWithoutBoundariesIsOneSentenceAndEmptyTextHasNone() {
        assertThat(sentences("không có dấu chấm")).containsExactly("không có dấu chấm");
        assertThat(sentences("")).isEmpty();
    }

    @Test
    void followingAndPrecedingFollowTheBreakIteratorContract() {
        String text = "Một hai. Ba bốn. Năm";
        BreakIterator it = new SentenceBreakIterator();
        it.setText(text);
        assertThat(it.following(0)).isEqualTo(9);
        assertThat(it.following(9)).isEqualTo(17);
        assertThat(it.following(17)).isEqualTo(text.length());
        assertThat(it.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(10)).isEqualTo(9);
        assertThat(it.preceding(9)).isEqualTo(0);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.isBoundary(17)).isTrue();
        assertThat(it.isBoundary(12)).isFalse();
        assertThat(it.last()).isEqualTo(text.length());
        assertThat(it.previous()).isEqualTo(17);
    }
}
