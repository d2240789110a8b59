package vn.khotin.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import vn.khotin.index.CommittedArticles.Position;

/**
 * How far a sync to one cluster's index got: every article up to {@link #position} (in the order of
 * {@link vn.khotin.index.CommittedArticles}) was acknowledged. Written aside and renamed after each acknowledged
 * batch, so a killed run leaves either the old or the new checkpoint, never half of one.
 */
record SyncCheckpoint(String url, String index, Position position) {

    /** {@code <data>/sync/opensearch-<index>.json}. */
    static Path file(Path dataDir, String index) {
        return dataDir.resolve("sync").resolve("opensearch-" + index + ".json");
    }

    static Optional<SyncCheckpoint> load(Path file, ObjectMapper json) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode n = json.readTree(file.toFile());
            return Optional.of(new SyncCheckpoint(n.path("url").asText(), n.path("index").asText(),
                    new Position(n.path("fetched").asLong(), n.path("id").asLong())));
        } catch (IOException e) {
            // a damaged checkpoint costs a full resend, which is safe: documents are idempotent
            return Optional.empty();
        }
    }

    void save(Path file, ObjectMapper json) {
        ObjectNode n = json.createObjectNode();
        n.put("url", url);
        n.put("index", index);
        n.put("fetched", position.fetched());
        n.put("id", position.id());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
