package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The byline at the end of a body, with the real profile's shape of a byline ({@code extract.byline}). */
class BylineTest {

    private static final Pattern BYLINE = Profiles.baohatinh().byline();
    private static final String TEXT = "Người dân xã Kỳ Lợi đã ổn định cuộc sống.";

    private static List<String> lines(String... lines) {
        return new ArrayList<>(List.of(lines));
    }

    @Test
    void aBylineLineIsTheAuthorWhenThePageHasNoAuthorElement() {
        List<String> body = lines(TEXT, "Lê Tuấn - Thành Chung");
        assertThat(Byline.takeAuthor(body, "", BYLINE)).isEqualTo("Lê Tuấn - Thành Chung");
        assertThat(body).containsExactly(TEXT);
    }

    @Test
    void aBylineNamingTheAuthorMoreFullyReplacesTheAuthorElement() {
        List<String> body = lines(TEXT, "Lê Tuấn - Thành Chung");
        assertThat(Byline.takeAuthor(body, "Lê Tuấn", BYLINE)).isEqualTo("Lê Tuấn - Thành Chung");
        assertThat(body).containsExactly(TEXT);
    }

    @Test
    void aBylineThatContradictsTheAuthorElementStaysInTheBody() {
        List<String> body = lines(TEXT, "Thu Hà");
        assertThat(Byline.takeAuthor(body, "Lê Tuấn", BYLINE)).isEqualTo("Lê Tuấn");
        assertThat(body).containsExactly(TEXT, "Thu Hà");
    }

    @Test
    void repeatsOfTheAuthorElementGoButNoSecondBylineIsTaken() {
        List<String> body = lines(TEXT, "Thành Chung", "Lê Tuấn.", "Lê Tuấn");
        assertThat(Byline.takeAuthor(body, "Lê Tuấn", BYLINE)).isEqualTo("Lê Tuấn");
        assertThat(body).containsExactly(TEXT, "Thành Chung");
    }

    @Test
    void aSentenceIsNotABylineAndAnEmptyBodyHasNone() {
        List<String> body = lines(TEXT);
        assertThat(Byline.takeAuthor(body, "", BYLINE)).isEmpty();
        assertThat(body).containsExactly(TEXT);
        assertThat(Byline.takeAuthor(new ArrayList<>(), "Lê Tuấn", BYLINE)).isEqualTo("Lê Tuấn");
    }
}
