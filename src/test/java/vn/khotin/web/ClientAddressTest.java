package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("127.0.0.1", "10.0.0.2");

    @Test
    void theConnectionIsTheClientUnlessItIsATrustedProxy() {
        assertThat(ClientAddress.of("192.0.2.9", "203.0.113.5", PROXY)).isEqualTo("192.0.2.9");
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.5", Set.of())).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", null, PROXY)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", " ", PROXY)).isEqualTo("127.0.0.1");
    }

    @Test
    void theRightMostUntrustedHopIsTheClient() {
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.5", PROXY)).isEqualTo("203.0.113.5");
        // A client cannot pick its own bucket by sending a header: the proxies append to the right.
        assertThat(ClientAddress.of("127.0.0.1", "1.2.3.4, 203.0.113.5", PROXY)).isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("127.0.0.1", "198.51.100.1, 203.0.113.5, 10.0.0.2", PROXY))
                .isEqualTo("203.0.113.5");
        assertThat(ClientAddress.of("127.0.0.1", "2001:db8::7", PROXY)).isEqualTo("2001:db8::7");
    }

    @Test
    void garbageInTheHeaderFallsBackToTheConnection() {
        assertThat(ClientAddress.of("127.0.0.1", "<script>", PROXY)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "203.0.113.5, unknown", PROXY)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "10.0.0.2", PROXY)).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.of("127.0.0.1", "9".repeat(60), PROXY)).isEqualTo("127.0.0.1");
    }
}
