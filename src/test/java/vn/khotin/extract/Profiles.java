package vn.khotin.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.khotin.model.Capture;

/** Test helpers: the real baohatinh profile and captures built from test resources. */
final class Profiles {

    static final Path PROFILE = Path.of("crawler-config", "baohatinh.properties");

    private Profiles() {
    }

    static Map<String, String> baohatinhMap() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(PROFILE, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    static ExtractionRules baohatinh() {
        return ExtractionRules.from(baohatinhMap());
    }

    static byte[] resource(String name) {
        try (var in = Profiles.class.getResourceAsStream("pages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test page " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Capture capture(String url, byte[] body, String contentType) {
        return new Capture(url, 200, contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType)),
                body, Instant.parse("2026-03-10T00:00:00Z"));
    }

    static Capture page(String url, String resource) {
        return capture(url, resource(resource), "text/html; charset=utf-8");
    }
}
