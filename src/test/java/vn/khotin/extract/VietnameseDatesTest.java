package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // reference §7: every form, result always at +07:00
        "04/03/2026 07:30;                        2026-03-04T07:30+07:00",
        "4/3/2026 7:30;                           2026-03-04T07:30+07:00",
        "Thứ Tư, ngày 04/03/2026 - 07:30;         2026-03-04T07:30+07:00",
        "Thứ Hai, 02/03/2026 | 07:30;             2026-03-02T07:30+07:00",
        "Chủ nhật, 08/03/2026 - 21:05;            2026-03-08T21:05+07:00",
        "Thứ 7, 07/03/2026 10:00;                 2026-03-07T10:00+07:00",
        "04/03/2026 | 07:30;                      2026-03-04T07:30+07:00",
        "04/03/2026 - 07:30;                      2026-03-04T07:30+07:00",
        "04/03/2026, 07:30;                       2026-03-04T07:30+07:00",
        "04/03/2026 lúc 07h30;                    2026-03-04T07:30+07:00",
        "07:30 04/03/2026;                        2026-03-04T07:30+07:00",
        "07:30 ngày 04/03/2026;                   2026-03-04T07:30+07:00",
        "2026-03-04T07:30:00+07:00;               2026-03-04T07:30+07:00",
        "2026-03-04T00:30:00Z;                    2026-03-04T07:30+07:00",
        "2026-03-04T07:30:00.123+0700;            2026-03-04T07:30+07:00",
        "2026-03-04T07:30;                        2026-03-04T07:30+07:00",
        "2022-04-05 09:20:00;                     2022-04-05T09:20+07:00",
        "2019-07-06 06:19;                        2019-07-06T06:19+07:00",
        "PV - 07/03/2026 15:42;                   2026-03-07T15:42+07:00",
        "Cập nhật: 12/10/2017 07:40;              2017-10-12T07:40+07:00",
        "21/08/2026;                              2026-08-21T00:00+07:00",
        "2026-08-21;                              2026-08-21T00:00+07:00",
        "Wed, 04 Mar 2026 07:30:00 +0700;         2026-03-04T07:30+07:00",
        "Wed, 04 Mar 2026 00:30:00 GMT;           2026-03-04T07:30+07:00",
    })
    void parsesEveryFormAsVietnamTime(String text, String expected) {
        OffsetDateTime parsed = VietnameseDates.parse(text).orElseThrow();
        assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(parsed.getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
    }

    @Test
    void weekdayContradictingTheDateIsIgnored() {
        // 04/03/2026 is a Wednesday; the date wins over the label.
        assertThat(VietnameseDates.parse("Thứ Hai, ngày 04/03/2026 - 07:30"))
                .contains(OffsetDateTime.parse("2026-03-04T07:30+07:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hôm nay (17/10)", "chiều 29/1", "31/02/2026 07:30", "2026-13-01T00:00:00Z",
        "99:99 01/01/2026", "không có ngày", "12345678901234567890"})
    void rejectsWhatIsNotAFullDate(String text) {
        assertThat(VietnameseDates.parse(text)).isEmpty();
    }

    @Test
    void nullAndHugeInputsAreSafe() {
        assertThat(VietnameseDates.parse(null)).isEmpty();
        assertThat(VietnameseDates.parse("1/".repeat(100_000))).isEmpty();
    }
}
