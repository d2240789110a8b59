package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConditionalTest {

    private static final String ETAG = "\"0123456789abcdef0123\"";
    private static final OffsetDateTime MODIFIED = OffsetDateTime.of(2026, 3, 7, 15, 42, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void ifNoneMatchAcceptsAWeakFormAListAndTheWildcard() {
        assertThat(Conditional.fresh(ETAG, null, ETAG, null)).isTrue();
        assertThat(Conditional.fresh("W/" + ETAG, null, ETAG, null)).isTrue();
        assertThat(Conditional.fresh("\"other\", " + ETAG, null, ETAG, null)).isTrue();
        assertThat(Conditional.fresh("*", null, ETAG, null)).isTrue();
        assertThat(Conditional.fresh("\"other\"", null, ETAG, null)).isFalse();
    }

    @Test
    void ifNoneMatchDecidesAloneWhenBothAreSent() {
        String later = "Sat, 07 Mar 2026 09:00:00 GMT";
        assertThat(Conditional.fresh(null, later, ETAG, MODIFIED)).isTrue();
        assertThat(Conditional.fresh("\"other\"", later, ETAG, MODIFIED)).isFalse();
    }

    @Test
    void ifModifiedSinceNeedsAReadableDateNoOlderThanThePage() {
        assertThat(Conditional.fresh(null, "Sat, 07 Mar 2026 08:42:00 GMT", ETAG, MODIFIED)).isTrue();
        assertThat(Conditional.fresh(null, "Sat, 07 Mar 2026 08:41:59 GMT", ETAG, MODIFIED)).isFalse();
        assertThat(Conditional.fresh(null, "yesterday", ETAG, MODIFIED)).isFalse();
        assertThat(Conditional.fresh(null, "Sat, 07 Mar 2026 08:42:00 GMT", ETAG, null)).isFalse();
    }

    @Test
    void theEtagFollowsTheSeedWhenThereIsOneAndTheBodyOtherwise() {
        Page seeded = new Page(200, Page.HTML, new byte[] {1}, null, null, "42|html|v1", true);
        Page sameSeedOtherBody = new Page(200, Page.HTML, new byte[] {2}, null, null, "42|html|v1", true);
        assertThat(Conditional.etag(seeded)).isEqualTo(Conditional.etag(sameSeedOtherBody)).matches("\"[0-9a-f]{20}\"");
        assertThat(Conditional.etag(Page.text("text/plain", "a"))).isNotEqualTo(Conditional.etag(Page.text("text/plain", "b")));
    }
}
