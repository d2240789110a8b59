package vn.khotin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.Capture;
import vn.khotin.model.CaptureRef;

class WarcArchiveTest {

    @TempDir
    Path dir;

    private static Capture capture(String url, String body) {
        return new Capture(url, 200, Map.of("Content-Type", List.of("text/html; charset=utf-8"),
                "Content-Encoding", List.of("gzip")), body.getBytes(StandardCharsets.UTF_8),
                Instant.parse("2026-03-04T00:30:00Z"));
    }

    @Test
    void capturesReadBackByReferenceAndInOrder() throws Exception {
        CaptureRef first;
        CaptureRef second;
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            first = archive.append(capture("https://baohatinh.vn/a-post1.html", "<p>Hà Tĩnh</p>"),
                    Map.of("User-Agent", List.of("KhotinBot")));
            second = archive.append(capture("https://baohatinh.vn/b-post2.html", "<p>Kỳ Anh</p>"), Map.of());
        }
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            Capture back = archive.read(second).orElseThrow();
            assertThat(back.url()).isEqualTo("https://baohatinh.vn/b-post2.html");
            assertThat(back.bodyText()).isEqualTo("<p>Kỳ Anh</p>");
            assertThat(back.fetchedAt()).isEqualTo(Instant.parse("2026-03-04T00:30:00Z"));
            assertThat(back.header("Content-Encoding")).as("wire encoding is not stored with a decoded body").isEmpty();
            List<CaptureRef> refs = new ArrayList<>();
            archive.forEach(c -> refs.add(c.ref()));
            assertThat(refs).containsExactly(first, second);
        }
    }

    @Test
    void aResourceRecordReadsBackByReferenceAndAResponseIsNotOne() throws Exception {
        CaptureRef page;
        CaptureRef resource;
        byte[] line = "{\"id\": \"baomoi-1\", \"title\": \"Hà Tĩnh\"}".getBytes(StandardCharsets.UTF_8);
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            page = archive.append(capture("https://baohatinh.vn/a-post1.html", "<p>Hà Tĩnh</p>"), Map.of());
            resource = archive.appendResource(java.net.URI.create("urn:khotin:import:baomoi-1"),
                    Instant.parse("2026-03-04T00:30:00Z"), Map.of("WARC-Khotin-Import-ID", "baomoi-1"),
                    "application/json", line);
        }
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            ArchivedResource back = archive.readResource(resource).orElseThrow();
            assertThat(back.target()).isEqualTo("urn:khotin:import:baomoi-1");
            assertThat(back.content()).isEqualTo(line);
            assertThat(back.header("WARC-Khotin-Import-ID")).isEqualTo("baomoi-1");
            assertThat(back.ref()).isEqualTo(resource);
            assertThat(archive.readResource(page)).isEmpty();
            assertThat(archive.read(resource)).isEmpty();
        }
    }

    @Test
    void rotatesBySizeAndNeverAppendsToAnOldFile() throws Exception {
        try (WarcArchive archive = new WarcArchive(dir, 10)) {
            archive.append(capture("https://baohatinh.vn/a-post1.html", "một"), Map.of());
            archive.append(capture("https://baohatinh.vn/b-post2.html", "hai"), Map.of());
        }
        try (WarcArchive archive = new WarcArchive(dir, 10)) {
            archive.append(capture("https://baohatinh.vn/c-post3.html", "ba"), Map.of());
            assertThat(archive.files()).hasSize(3);
        }
    }

    @Test
    void aFileTornByACrashYieldsTheRecordsBeforeTheDamage() throws Exception {
        CaptureRef second;
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            archive.append(capture("https://baohatinh.vn/a-post1.html", "một"), Map.of());
            second = archive.append(capture("https://baohatinh.vn/b-post2.html", "hai"), Map.of());
        }
        Path file = new WarcArchive(dir, 1 << 20).files().get(0);
        byte[] bytes = Files.readAllBytes(file);
        // cut inside the second response record, as a kill during its write would
        Files.write(file, java.util.Arrays.copyOf(bytes, (int) second.offset() + 30), StandardOpenOption.TRUNCATE_EXISTING);
        List<String> urls = new ArrayList<>();
        new WarcArchive(dir, 1 << 20).forEach(c -> urls.add(c.capture().url()));
        assertThat(urls).containsExactly("https://baohatinh.vn/a-post1.html");
    }

    @Test
    void referencesRoundTripAndRejectPathTricks() {
        CaptureRef ref = new CaptureRef("khotin-20260304-00001.warc.gz", 1234);
        assertThat(CaptureRef.parse(ref.toString())).isEqualTo(ref);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CaptureRef.parse("../etc/passwd@0"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
