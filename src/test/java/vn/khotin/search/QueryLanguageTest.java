package vn.khotin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import vn.khotin.search.ParsedQuery.Clause;
import vn.khotin.search.ParsedQuery.Target;

class QueryLanguageTest {

    @Test
    void wildcardsAreNamedNotSilentlyDropped() {
        // the researchers' check: "bão*" and "b?o" were searched as "bão" and "b o" without a word
        assertThat(QueryLanguage.parse("bão*").warnings()).anySatisfy(w -> assertThat(w).contains("ký tự đại diện"));
        assertThat(QueryLanguage.parse("b?o").warnings()).anySatisfy(w -> assertThat(w).contains("ký tự đại diện"));
        assertThat(QueryLanguage.parse("vì sao điểm thi cao?").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("\"bão*\" lũ").warnings()).noneMatch(w -> w.contains("ký tự đại diện"));
    }

    @Test
    void inputWithNothingToSearchSaysSoInsteadOfListingEverythingSilently() {
        for (String q : new String[] {"(((", "*", "OR", "\"\"", "tiêu đề:", "- -"}) {
            ParsedQuery p = QueryLanguage.parse(q);
            assertThat(p.hasNoText()).as(q).isTrue();
            assertThat(p.warnings()).as(q).containsExactly(QueryParser.NOTHING_TO_SEARCH);
        }
        assertThat(QueryLanguage.parse("").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("   ").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("từ:2023").warnings()).isEmpty();
    }

    @Test
    void parsesEveryConstruct() {
        ParsedQuery p = QueryLanguage.parse(
                "lũ OR bão \"Vũng Áng\"~3 -Formosa tiêu đề:OCOP tác giả:\"Thu Trang\" Chuyên mục:\"Xã hội\" "
                        + "tag:ocop địa danh:\"Kỳ Anh\" từ:3/2024 đến:2025");
        assertThat(p.groups()).hasSize(7);
        assertThat(p.groups().get(0)).containsExactly(new Clause(Target.TEXT, "lũ", false, 0),
                new Clause(Target.TEXT, "bão", false, 0));
        assertThat(p.groups().get(1)).containsExactly(new Clause(Target.TEXT, "Vũng Áng", true, 3));
        assertThat(p.excluded()).containsExactly(new Clause(Target.TEXT, "Formosa", false, 0));
        assertThat(p.groups().get(2).get(0).target()).isEqualTo(Target.TEXT_FIELD);
        assertThat(p.groups().get(3).get(0)).isEqualTo(new Clause(Target.FIELD, "author", "Thu Trang", true, 0));
        assertThat(p.groups().get(4).get(0).field()).isEqualTo("category");
        assertThat(p.groups().get(5).get(0).field()).isEqualTo("tag");
        assertThat(p.groups().get(6).get(0).field()).isEqualTo("place");
        assertThat(p.from()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(p.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void unaccentedAndEnglishFieldNames() {
        assertThat(QueryLanguage.parse("tieu de:lu dia danh:ky tu:2020").groups()).extracting(g -> g.get(0).target())
                .containsExactly(Target.TEXT_FIELD, Target.FIELD);
        assertThat(QueryLanguage.parse("tac gia:PV chuyen muc:xa tu khoa:ocop").groups())
                .extracting(g -> g.get(0).field()).containsExactly("author", "category", "tag");
        assertThat(QueryLanguage.parse("author:PV from:2020-05-01").from()).isEqualTo(LocalDate.of(2020, 5, 1));
    }

    @Test
    void anUnquotedNameOfAnAuthorOrPlaceRunsOverItsCapitalisedWords() {
        ParsedQuery author = QueryLanguage.parse("tác giả: Thu Trang lũ lụt");
        assertThat(author.groups()).extracting(g -> g.get(0)).containsExactly(
                new Clause(Target.FIELD, "author", "Thu Trang", false, 0), new Clause(Target.TEXT, "lũ", false, 0),
                new Clause(Target.TEXT, "lụt", false, 0));
        assertThat(QueryLanguage.parse("tac gia:Nguyễn Thị Minh Khai Kỳ Anh").groups().get(0).get(0).text())
                .as("at most four syllables").isEqualTo("Nguyễn Thị Minh Khai");
        assertThat(QueryLanguage.parse("địa danh:Kỳ Anh OR Thạch Hà").groups().get(0))
                .extracting(Clause::text).containsExactly("Kỳ Anh", "Thạch");
        assertThat(QueryLanguage.parse("dia danh:Ky Anh -Formosa").excluded()).extracting(Clause::text)
                .containsExactly("Formosa");
        assertThat(QueryLanguage.parse("tag:OCOP Hà Tĩnh").groups()).as("tags are not names").hasSize(3);
        assertThat(QueryLanguage.parse("tác giả:PV lũ").groups().get(0).get(0).text()).isEqualTo("PV");
    }

    @Test
    void malformedInputDegradesToWords() {
        ParsedQuery p = QueryLanguage.parse("\"Kỳ Anh");
        assertThat(p.groups()).extracting(g -> g.get(0).text()).containsExactly("Kỳ", "Anh");
        assertThat(p.warnings()).isNotEmpty();
        ParsedQuery ops = QueryLanguage.parse("OR - -- OR");
        assertThat(ops.groups()).isEmpty();
        assertThat(ops.excluded()).extracting(Clause::text).containsExactly("-");
        assertThat(QueryLanguage.parse("đến:tuần sau").warnings()).anyMatch(w -> w.contains("Không hiểu ngày"));
        assertThat(QueryLanguage.parse("a ".repeat(500)).groups()).hasSize(QueryLanguage.MAX_CLAUSES);
        ParsedQuery rev = QueryLanguage.parse("từ:2025 đến:2020");
        assertThat(rev.from()).isBefore(rev.to());
    }

    @Test
    void punctuationAloneIsNothingToSearchForAndSaysSo() {
        for (String q : List.of("...", "!@#$%^&*()", ",,", "—", "\"...\"", "???")) {
            ParsedQuery p = QueryLanguage.parse(q);
            assertThat(p.groups()).as(q).isEmpty();
            assertThat(p.warnings()).as(q).contains(QueryParser.NOTHING_TO_SEARCH);
        }
        assertThat(QueryLanguage.parse("lũ ... 2020").groups()).hasSize(2);
    }

    @Test
    void aReversedRangeCoversBothPeriodsItNames() {
        // January to March, whichever way round it is typed: swapping only the two days gave 1 Feb – 1 Mar
        ParsedQuery months = QueryLanguage.parse("Tết đến:01/2026 từ:03/2026");
        assertThat(months.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(months.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(months.warnings()).anyMatch(w -> w.contains("đổi chỗ"));
        ParsedQuery years = QueryLanguage.parse("từ:2025 đến:2020");
        assertThat(years.from()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(years.to()).isEqualTo(LocalDate.of(2025, 12, 31));
        ParsedQuery days = QueryLanguage.parse("từ:15/03/2026 đến:10/03/2026");
        assertThat(days.from()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(days.to()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void aDateThatDoesNotExistIsToldSoAndItsConditionDropped() {
        // it said to use dd/mm/yyyy, the form it was typed in
        ParsedQuery day = QueryLanguage.parse("lũ từ:31/02/2020");
        assertThat(day.from()).isNull();
        assertThat(day.groups()).hasSize(1);
        assertThat(day.warnings()).containsExactly(
                "Ngày 31/02/2020 không có thật (tháng 2/2020 chỉ có 29 ngày): đã bỏ điều kiện từ:31/02/2020.");
        assertThat(QueryLanguage.parse("lũ đến:13/2021").warnings()).containsExactly(
                "Tháng 13/2021 không có thật (tháng từ 1 đến 12): đã bỏ điều kiện đến:13/2021.");
        assertThat(QueryLanguage.parse("lũ từ:2024-04-31").warnings()).singleElement().asString()
                .startsWith("Ngày 2024-04-31 không có thật (tháng 4/2024 chỉ có 30 ngày)");
        assertThat(QueryLanguage.parse("từ:29/02/2024").from()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void daysWeeksMonthsAndYearsNamedFromTodayAreDates() {
        LocalDate today = LocalDate.of(2026, 3, 1); // a Sunday
        assertThat(DateExpressions.range("hôm nay", today)).containsExactly(today, today);
        assertThat(DateExpressions.range("hôm qua", today)).containsExactly(LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 2, 28));
        assertThat(DateExpressions.range("hom  kia", today)).containsExactly(LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 2, 27));
        assertThat(DateExpressions.range("Tuần này", today)).containsExactly(LocalDate.of(2026, 2, 23), today);
        assertThat(DateExpressions.range("tuần trước", today)).containsExactly(LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 22));
        assertThat(DateExpressions.range("tháng trước", today)).containsExactly(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28));
        assertThat(DateExpressions.range("tháng này", today)).containsExactly(today, LocalDate.of(2026, 3, 31));
        assertThat(DateExpressions.range("năm ngoái", today)).containsExactly(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(DateExpressions.range("nam nay", today)).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));
    }

    @Test
    void hômQuaIsYesterdayInVietnamNotTheDateHômAndTheWordQua() {
        // it warned about "hôm" alone and searched "qua" as a word
        LocalDate before = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        ParsedQuery p = QueryLanguage.parse("lũ từ:hôm qua");
        LocalDate after = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(p.from()).isIn(before.minusDays(1), after.minusDays(1));
        assertThat(p.to()).isNull();
        assertThat(p.groups()).containsExactly(List.of(new Clause(Target.TEXT, "lũ", false, 0)));
        assertThat(p.warnings()).isEmpty();
        assertThat(QueryLanguage.parse("bão đến:\"hôm nay\"").to()).isIn(before, after);
        assertThat(QueryLanguage.parse("từ:năm ngoái đến:hôm nay lũ").groups()).hasSize(1);
    }

    @Test
    void aDateNotUnderstoodNamesWhatWasDroppedAndTheWordSearchedAfterIt() {
        ParsedQuery p = QueryLanguage.parse("lũ từ:tuần sau");
        assertThat(p.from()).isNull();
        assertThat(p.groups()).extracting(g -> g.get(0).text()).containsExactly("lũ", "sau");
        assertThat(p.warnings()).singleElement().asString().startsWith("Không hiểu ngày \"tuần\"")
                .contains("hôm qua", "đã bỏ điều kiện từ:tuần, còn \"sau\" được tìm như từ thường.");
        assertThat(QueryLanguage.parse("lũ từ:mai -bão").warnings()).singleElement().asString()
                .endsWith("đã bỏ điều kiện từ:mai.");
    }

    @Test
    void aProximityBeyondTheLargestIsCutToItWithAWarningNotReadInPart() {
        // "~2147483647" after a phrase was read as ~214748 (cut to 50 in silence) and the required word "3647"
        ParsedQuery huge = QueryLanguage.parse("\"nhà máy nước\"~2147483647");
        assertThat(huge.groups()).containsExactly(
                List.of(new Clause(Target.TEXT, "nhà máy nước", true, QueryLanguage.MAX_SLOP)));
        assertThat(huge.warnings()).containsExactly("Khoảng cách ~2147483647 quá lớn: đã tìm các từ của \"nhà máy nước\""
                + " cách nhau không quá 50 từ (~50, mức tối đa).");
        assertThat(QueryLanguage.parse("\"nhà máy nước\"~99 lũ").warnings()).singleElement().asString()
                .startsWith("Khoảng cách ~99 quá lớn");
        assertThat(QueryLanguage.parse("\"nông dân phấn khởi\"~5").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("\"nông dân phấn khởi\"~50").groups().get(0).get(0).slop()).isEqualTo(50);
    }

    @Test
    void aTildeWithoutItsPhraseOrNumberSaysHowItWasRead() {
        // "~2147483647" found nothing without a word of why (a trial): the number is searched, and the user told so
        ParsedQuery bare = QueryLanguage.parse("~2147483647");
        assertThat(bare.groups()).containsExactly(List.of(new Clause(Target.TEXT, "2147483647", false, 0)));
        assertThat(bare.warnings()).singleElement().asString().startsWith("Dấu ~ chỉ dùng sau cụm từ trong ngoặc kép")
                .endsWith("đã bỏ dấu ~ và tìm \"2147483647\" như từ thường.");
        // Lucene's fuzzy "lũ~2" required the word "2" besides "lũ"
        ParsedQuery fuzzy = QueryLanguage.parse("lũ~2 Hương Khê");
        assertThat(fuzzy.groups()).extracting(g -> g.get(0).text()).containsExactly("lũ", "Hương", "Khê");
        assertThat(fuzzy.warnings()).containsExactly("Khotin không tìm gần đúng bằng dấu ~ (\"lũ~2\"): đã tìm từ \"lũ\";"
                + " lỗi chính tả được sửa hoặc gợi ý tự động.");
        // Lucene's boost "lũ^2" found nothing, as "lũ" and "2", without a word of why (a trial)
        ParsedQuery boosted = QueryLanguage.parse("lũ^2 Hà Tĩnh^1.5");
        assertThat(boosted.groups()).extracting(g -> g.get(0).text()).containsExactly("lũ", "Hà", "Tĩnh");
        assertThat(boosted.warnings()).hasSize(2).first().asString()
                .startsWith("Khotin không dùng trọng số bằng dấu ^ (\"lũ^2\"): đã tìm từ \"lũ\"");
        ParsedQuery noNumber = QueryLanguage.parse("\"nhà máy\"~ nước");
        assertThat(noNumber.groups()).extracting(g -> g.get(0)).containsExactly(
                new Clause(Target.TEXT, "nhà máy", true, 0), new Clause(Target.TEXT, "nước", false, 0));
        assertThat(noNumber.warnings()).singleElement().asString().startsWith("Sau dấu ~ cần một số")
                .endsWith("đã tìm đúng cụm từ \"nhà máy\".");
        // "~abc": the letters after the tilde are a word of the query, and the warning says so
        assertThat(QueryLanguage.parse("\"nhà máy\"~abc").warnings()).singleElement().asString()
                .endsWith("đã tìm đúng cụm từ \"nhà máy\" và từ \"abc\".");
        assertThat(QueryLanguage.parse("giá 5~10 triệu").warnings()).as("a range of numbers").isEmpty();
    }

    @Property(tries = 300)
    void neverThrows(@ForAll @StringLength(max = 300) String s) {
        assertThat(QueryLanguage.parse(s)).isNotNull();
    }

    @Property(tries = 200)
    void neverThrowsOnOperatorSoup(@ForAll("soup") String s) {
        assertThat(QueryLanguage.parse(s)).isNotNull();
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> soup() {
        return net.jqwik.api.Arbitraries.of("\"", "-", "OR", "|", "~", "~3", ":", "tiêu đề:", "từ:", "đến:",
                "a", "Kỳ", " ", "(", ")", "*", "?", "\\", "2024", "/", "tag:").list().ofMaxSize(30)
                .map(l -> String.join("", l));
    }

    @Test
    void aFieldTheLanguageDoesNotHaveIsNamedInAWarning() {
        // "foo:bar lũ" found nothing without a word of why (a trial)
        assertThat(QueryLanguage.parse("foo:bar lũ").warnings())
                .anySatisfy(w -> assertThat(w).contains("Không có trường \"foo:\"", "tác giả:"));
        assertThat(QueryLanguage.parse("lũ lúc 10:30").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("tác giả:\"Thu Trang\" lũ").warnings()).isEmpty();
        assertThat(QueryLanguage.parse("https://baohatinh.vn").warnings()).noneSatisfy(
                w -> assertThat(w).contains("Không có trường"));
    }
}

