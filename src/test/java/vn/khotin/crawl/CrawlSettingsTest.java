package vn.khotin.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlSettingsTest {

    static Map<String, String> valid() {
        Map<String, String> m = new HashMap<>();
        m.put("site.name", "baohatinh");
        m.put("site.origin", "https://baohatinh.vn");
        m.put("site.allowed-hosts", "baohatinh.vn, *.baohatinh.vn");
        m.put("crawl.seeds", "/, /rss/home.rss");
        m.put("crawl.rate", "1");
        m.put("crawl.user-agent", "KhotinBot/0.1");
        m.put("crawl.deny-paths", "/video/, /tv/");
        m.put("crawl.connect-timeout-seconds", "5");
        m.put("crawl.read-timeout-seconds", "20");
        m.put("crawl.max-body-bytes", "1000000");
        return m;
    }

    @Test
    void allowsTheSiteAndItsSubdomainsOnly() {
        CrawlSettings s = CrawlSettings.from(valid());
        assertThat(s.allowsHost("baohatinh.vn")).isTrue();
        assertThat(s.allowsHost("cdn.baohatinh.vn")).isTrue();
        assertThat(s.allowsHost("BAOHATINH.VN")).isTrue();
        assertThat(s.allowsHost("evilbaohatinh.vn")).isFalse();
        assertThat(s.allowsHost("baohatinh.vn.example.com")).isFalse();
        assertThat(s.deniesPath("/tv/gia-vang")).isTrue();
        assertThat(s.deniesPath("/xa-hoi/")).isFalse();
    }

    @Test
    void originOverrideKeepsTheProfileAndAllowsTheNewHost() {
        CrawlSettings s = CrawlSettings.from(valid()).withOrigin("http://127.0.0.1:8080/");
        assertThat(s.origin().toString()).isEqualTo("http://127.0.0.1:8080");
        assertThat(s.allowsHost("127.0.0.1")).isTrue();
        assertThat(s.seeds()).containsExactly("/", "/rss/home.rss");
    }

    @Test
    void errorsNameTheKeyAndTheValue() {
        Map<String, String> m = valid();
        m.put("crawl.rate", "-3");
        assertThatThrownBy(() -> CrawlSettings.from(m)).hasMessageContaining("crawl.rate").hasMessageContaining("-3");
        Map<String, String> missing = valid();
        missing.remove("site.origin");
        assertThatThrownBy(() -> CrawlSettings.from(missing)).hasMessageContaining("site.origin");
        Map<String, String> path = valid();
        path.put("site.origin", "https://baohatinh.vn/xa-hoi/");
        assertThatThrownBy(() -> CrawlSettings.from(path)).hasMessageContaining("site.origin");
        assertThatThrownBy(() -> CrawlSettings.from(valid()).withRate(0)).hasMessageContaining("--rate");
    }
}
