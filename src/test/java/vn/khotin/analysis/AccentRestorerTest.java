package vn.khotin.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.khotin.analysis.AccentModel.Smoothing;
import vn.khotin.analysis.AccentModelBuilder.Options;

/** Accent restoration on a model trained from a few sentences written for the test. */
class AccentRestorerTest {

    /**
     * Each trap of the former most-frequent-form restoration is here: "nhận" and "trương" and "đổi" are more
     * frequent on their own than "nhân", "trường" and "đội" in some contexts, and "Phố" is capitalised in a
     * name; only the word sequences tell the right forms apart.
     */
    static final String TRAINING = """
            Ủy ban nhân dân tỉnh Hà Tĩnh họp phiên thường kỳ.
            Chủ tịch Ủy ban nhân dân thành phố Hà Tĩnh phát biểu tại hội nghị.
            Người dân nhận tiền hỗ trợ. Xã nhận quà. Gia đình nhận được giấy khen. Ông nhận lời.
            Thành phố Hà Tĩnh có nhiều trường học mới. Học sinh đến trường học đầy đủ.
            Ông Trương Văn Minh và bà Trương Thị Lan dự lễ. Ông Trương Văn Hùng phát biểu.
            Bộ đội biên phòng giúp dân chống lũ lụt. Các chiến sĩ bộ đội giúp dân sau lũ lụt.
            Thay đổi cách làm. Đổi mới. Đổi tiền. Đổi đất. Bộ trưởng đổi chỗ.
            Phố Hà Huy Tập ở thành phố Hà Tĩnh. Hội chợ ở phố đi bộ thành phố Vinh.
            Xe chở hàng nghìn lít xăng. Giá xăng tăng 500 đồng mỗi lít.
            Cửa hàng bán hàng hóa. Người bán hàng. Chợ bán hàng rong. Bán hàng online.
            Cái bàn hằng ngày ông ngồi. Bàn hằng ngày.
            Công an tỉnh triển khai kế hoạch năm 2024 theo Nghị quyết 02-NQ/TU.
            """;

    static final AccentModel MODEL = train(TRAINING);
    static final AccentRestorer RESTORER = new AccentRestorer(MODEL);

    static AccentModel train(String text) {
        try {
            Options options = new Options(3, Smoothing.KNESER_NEY, new int[] {1, 1}, 1, 12);
            return AccentModelBuilder.build(sink -> sink.accept(text), List.of(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uy ban nhan dan | ủy ban nhân dân",
        "truong hoc | trường học",
        "bo doi | bộ đội",
        "thanh pho ha tinh | thành phố hà tĩnh",
        "ban hang | bán hàng",
        "lu lut | lũ lụt",
    })
    void restoresTheFormsTheContextSupports(String typed, String expected) {
        assertThat(RESTORER.restoreQuery(typed, Double.NEGATIVE_INFINITY)).isEqualTo(expected);
        assertThat(RESTORER.restore(typed)).isEqualTo(expected);
    }

    @Test
    void neverChangesAWordTypedWithAccentsButReadsItAsContext() {
        assertThat(RESTORER.restore("chong lụt")).isEqualTo("chống lụt");
        // a wrongly accented word stays wrong: the user typed it
        assertThat(RESTORER.restore("lũ lút")).isEqualTo("lũ lút");
        // the accented neighbour decides: "hằng" makes "ban" the table, "hang" alone makes it selling
        assertThat(RESTORER.restore("ban hằng")).isEqualTo("bàn hằng");
        assertThat(RESTORER.restore("ban hang")).isEqualTo("bán hàng");
    }

    @Test
    void keepsTheTypedCaseAndInventsNoCapitals() {
        assertThat(RESTORER.restore("Ha Tinh")).isEqualTo("Hà Tĩnh");
        assertThat(RESTORER.restore("ha tinh")).isEqualTo("hà tĩnh");
        assertThat(RESTORER.restore("HA TINH")).isEqualTo("HÀ TĨNH");
        assertThat(RESTORER.restore("thanh pho Ha Tinh")).isEqualTo("thành phố Hà Tĩnh");
        assertThat(RESTORER.restore("Uy ban nhan dan")).isEqualTo("Ủy ban nhân dân");
    }

    @Test
    void leavesNumbersCodesAbbreviationsAndUnknownWordsAlone() {
        assertThat(RESTORER.restore("Cong an tinh nam 2024 theo Nghi quyet 02-NQ/TU, UBND, online, QL1A"))
                .isEqualTo("Công an tỉnh năm 2024 theo Nghị quyết 02-NQ/TU, UBND, online, QL1A");
        assertThat(RESTORER.restore("xyz qwerty")).isEqualTo("xyz qwerty");
        assertThat(RESTORER.restore("500 dong moi lit!")).isEqualTo("500 đồng mỗi lít!");
    }

    @Test
    void returnsTheInputItselfWhenNothingIsConfident() {
        String typed = "ban hang";
        assertThat(RESTORER.restoreQuery(typed, 1e6)).isSameAs(typed);
        assertThat(RESTORER.restoreQuery(typed, 0.5)).isEqualTo("bán hàng");
        String nothing = "xyz";
        assertThat(RESTORER.restore(nothing)).isSameAs(nothing);
    }

    @Test
    void aCapitalInTheMiddleOfATextChoosesTheFormTheArchiveWritesAsAName() {
        AccentRestorer r = new AccentRestorer(train(
                "Anh Nam đến. Chị Nam đi. Mỗi năm một lần. Hai năm liền. Ba năm trước. Bốn năm sau. Năm nay."));
        assertThat(r.restore("Mot lan Nam")).isEqualTo("Một lần Nam");
        assertThat(r.restore("mot lan nam")).isEqualTo("một lần năm");
        // the first word of a sentence is capitalised whatever it is: no evidence
        assertThat(r.restore("Nam mot lan")).isEqualTo("Năm một lần");
        assertThat(new AccentRestorer(r.model(), AccentRestorer.DEFAULT_BEAM, 0).restore("Mot lan Nam"))
                .isEqualTo("Một lần Năm");
    }

    @Test
    void restoresEverySentenceOfARunningText() {
        assertThat(RESTORER.restore("Bo doi giup dan chong lu lut. Nguoi dan nhan tien ho tro."))
                .isEqualTo("Bộ đội giúp dân chống lũ lụt. Người dân nhận tiền hỗ trợ.");
    }

    @Test
    void readsOldStyleTonesAndDecomposedTextAsTheSameWords() {
        AccentModel oldStyle = train("Hoà bình và thuỷ lợi. Hoà bình. Thuỷ lợi Hà Tĩnh.");
        AccentRestorer r = new AccentRestorer(oldStyle);
        assertThat(r.restore("hoa binh va thuy loi")).isEqualTo("hòa bình và thủy lợi");
        String nfd = java.text.Normalizer.normalize("hoà binh", java.text.Normalizer.Form.NFD);
        assertThat(r.restore(nfd)).isEqualTo("hoà bình");
    }
}
