package vn.khotin.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Thread-safe log of every request, bounded: beyond its capacity the oldest entries are dropped. */
final class RequestLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final int capacity;
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

    RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(RecordedRequest r) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(r);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }

    /** One JSON object per request: time (ISO instant), method, path, query, headers, status, bytes, fault. */
    static String toJson(RecordedRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", r.time().toString());
        m.put("method", r.method());
        m.put("path", r.path());
        m.put("query", r.query());
        m.put("headers", r.headers());
        m.put("status", r.status());
        m.put("bytes", r.bytes());
        m.put("fault", r.fault() == null ? null : r.fault().cliName());
        try {
            return JSON.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void writeJsonLines(Writer out) throws IOException {
        for (RecordedRequest r : snapshot()) {
            out.write(toJson(r));
            out.write('\n');
        }
        out.flush();
    }

    void dump(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeJsonLines(w);
        }
    }

    static List<RecordedRequest> filter(List<RecordedRequest> all, java.util.function.Predicate<RecordedRequest> p) {
        List<RecordedRequest> out = new ArrayList<>();
        for (RecordedRequest r : all) {
            if (p.test(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
