package vn.khotin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a line of an import must hold; a wrong type is reported, never turned into text. */
class ImportParserTest {

    static ImportRecord parse(String json) throws ImportParser.Malformed {
        return ImportParser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textFieldsThatAreNotStringsMakeTheLineMalformed() {
        assertThatThrownBy(() -> parse("{\"id\": 1, \"title\": 123, \"body\": \"Nội dung.\"}"))
                .isInstanceOf(ImportParser.Malformed.class).hasMessage("title phải là chuỗi, không phải số 123");
        assertThatThrownBy(() -> parse("{\"id\": 1, \"title\": \"Tin\", \"sapo\": true, \"body\": \"Nội dung.\"}"))
                .hasMessageStartingWith("sapo phải là chuỗi");
        assertThatThrownBy(() -> parse("{\"id\": 1, \"title\": \"Tin\", \"author\": {\"name\": \"A\"}}"))
                .hasMessageStartingWith("author phải là chuỗi, không phải đối tượng");
    }

    @Test
    void nullOrMissingOptionalTextIsEmpty() throws ImportParser.Malformed {
        ImportRecord r = parse("{\"id\": 7, \"title\": \"Mùa lúa\", \"sapo\": null, \"body\": \"Nông dân gặt lúa.\"}");
        assertThat(r.article().title()).isEqualTo("Mùa lúa");
        assertThat(r.article().sapo()).isEmpty();
        assertThat(r.article().author()).isEmpty();
    }
}
