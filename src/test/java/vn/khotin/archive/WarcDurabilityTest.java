package vn.khotin.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

class WarcDurabilityTest {

    @TempDir
    Path dir;

    private static Exchange exchange(String url, int status, String body, Exchange.Truncation t) {
        return new Exchange(new Capture(url, status, Map.of("Content-Type", List.of("text/html; charset=utf-8"),
                "ETag", List.of("\"v1\"")), body.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-03-04T00:30:00Z")),
                Map.of("User-Agent", List.of("KhotinBot/0.1"), "If-None-Match", List.of("\"v1\"")), t,
                status == 304 ? Instant.parse("2026-03-01T00:00:00Z") : null);
    }

    @Test
    void aTornTailIsCutBackSoEveryFileReadsToItsEnd() throws Exception {
        try (WarcArchive archive = new WarcArchive(dir, 1 << 20)) {
            archive.append(exchange("https://baohatinh.vn/a-post1.html", 200, "<p>Hà Tĩnh</p>", Exchange.Truncation.NONE));
            archive.append(exchange("https://baohatinh.vn/a-post1.html", 304, "", Exchange.Truncation.NONE));
            archive.append(exchange("https://baohatinh.vn/b-post2.html", 200, "<p>nửa", Exchange.Truncation.DISCONNECT));
            // simulate kill -9: the file is never closed, and half a record follows
        }
        Path file = Files.list(dir).filter(p -> p.toString().endsWith(".warc.gz")).findFirst().orElseThrow();
        long whole = Files.size(file);
        Files.delete(dir.resolve(WarcArchive.SEALED)); // as if the process had died before sealing
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.APPEND)) {
            byte[] copy = Files.readAllBytes(file);
            ch.write(java.nio.ByteBuffer.wrap(copy, 0, 200)); // the start of a record, cut short
        }
        assertThat(Files.size(file)).isGreaterThan(whole);

        try (WarcArchive reopened = new WarcArchive(dir, 1 << 20)) {
            assertThat(Files.size(file)).as("cut back to the last whole record").isEqualTo(whole);
            List<String> bodies = new ArrayList<>();
            reopened.forEach(c -> bodies.add(c.capture().bodyText()));
            assertThat(bodies).as("the truncated-by-disconnect capture is evidence, not content")
                    .containsExactly("<p>Hà Tĩnh</p>");
        }
        List<String> types = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                types.add(r.get().type());
                if (r.get() instanceof WarcRevisit revisit) {
                    assertThat(revisit.profile().toString()).contains("server-not-modified");
                    assertThat(revisit.headers().first("WARC-Refers-To-Date")).contains("2026-03-01T00:00:00Z");
                }
                if (r.get().type().equals("response") && r.get().truncated() != WarcTruncationReason.NOT_TRUNCATED) {
                    assertThat(r.get().truncated()).isEqualTo(WarcTruncationReason.DISCONNECT);
                }
                if (r.get().type().equals("request")) {
                    assertThat(new String(r.get().body().stream().readAllBytes(), StandardCharsets.UTF_8))
                            .contains("If-None-Match: \"v1\"");
                }
                r.get().body().stream().transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        assertThat(types).containsExactly("response", "request", "revisit", "request", "response", "request");
    }
}
