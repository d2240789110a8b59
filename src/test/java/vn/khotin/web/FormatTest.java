package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** How pages write times: Vietnam time, and no made-up time of day. */
class FormatTest {

    private static final ZoneOffset VN = ZoneOffset.ofHours(7);

    @Test
    void aPublicationTimeIsWrittenInVietnamTime() {
        assertThat(Format.published(OffsetDateTime.of(2024, 10, 20, 9, 30, 0, 0, VN))).isEqualTo("20/10/2024 09:30");
        assertThat(Format.published(OffsetDateTime.of(2024, 10, 20, 2, 30, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("20/10/2024 09:30");
    }

    @Test
    void aDateWithoutATimeOfDayIsWrittenAsADate() {
        // an imported "2017-05-03" is stored as midnight in Vietnam; "03/05/2017 00:00" claimed a time
        assertThat(Format.published(OffsetDateTime.of(2017, 5, 3, 0, 0, 0, 0, VN))).isEqualTo("03/05/2017");
        assertThat(Format.published(OffsetDateTime.of(2017, 5, 2, 17, 0, 0, 0, ZoneOffset.UTC))).isEqualTo("03/05/2017");
        assertThat(Format.published(OffsetDateTime.of(2017, 5, 3, 0, 1, 0, 0, VN))).isEqualTo("03/05/2017 00:01");
        assertThat(Format.published(null)).isEmpty();
    }
}
