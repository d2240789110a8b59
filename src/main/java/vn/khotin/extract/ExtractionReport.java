package vn.khotin.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.khotin.model.ExtractionMethod;

/**
 * Counts what extraction did over a crawl: articles by {@link ExtractionMethod}, non-articles by kind, failures
 * by reason code, and notes (truncations, charset overrides). Thread-safe; crawl workers share one.
 *
 * <p>The point is visibility: when a redesign breaks the profile's selectors, {@link #fallbackShare()} jumps
 * and the crawl report shows it, instead of the archive silently filling with heuristic extractions.
 */
public final class ExtractionReport {

    private final Map<ExtractionMethod, LongAdder> methods = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notArticles = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> notes = new ConcurrentHashMap<>();
    private final LongAdder pages = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    /** Counts one result. */
    public void record(ExtractionResult result) {
        pages.increment();
        switch (result) {
            case ExtractionResult.Extracted e -> count(methods, e.article().method());
            case ExtractionResult.NotArticle n -> count(notArticles, n.kind());
            case ExtractionResult.Failed f -> count(failures, f.code());
        }
    }

    /** Counts one outcome, its notes and its time included. */
    public void record(ExtractionOutcome outcome) {
        record(outcome.result());
        nanos.add(outcome.nanos());
        for (String note : outcome.notes()) {
            int colon = note.indexOf(':');
            count(notes, colon < 0 ? note : note.substring(0, colon));
        }
    }

    private static <K> void count(Map<K, LongAdder> map, K key) {
        map.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    public long pages() {
        return pages.sum();
    }

    public long articles() {
        return methods.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long count(ExtractionMethod method) {
        LongAdder a = methods.get(method);
        return a == null ? 0 : a.sum();
    }

    public long failures() {
        return failures.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Share of articles extracted by a fallback rather than the profile; 0 when there are none. */
    public double fallbackShare() {
        long all = articles();
        return all == 0 ? 0 : (double) (all - count(ExtractionMethod.PROFILE)) / all;
    }

    /**
     * A snapshot for the crawl's JSON report: {@code pages}, {@code articles}, {@code methods} (every method,
     * zeros included, so a missing fallback count is never mistaken for an absent field), {@code notArticles},
     * {@code failures}, {@code notes}, {@code fallbackShare}, {@code millis}.
     */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pages", pages());
        out.put("articles", articles());
        Map<String, Long> byMethod = new LinkedHashMap<>();
        for (ExtractionMethod m : ExtractionMethod.values()) {
            if (m != ExtractionMethod.IMPORT) { // never an outcome of extracting a page
                byMethod.put(m.name(), count(m));
            }
        }
        out.put("methods", byMethod);
        out.put("notArticles", snapshot(notArticles));
        out.put("failures", snapshot(failures));
        out.put("notes", snapshot(notes));
        out.put("fallbackShare", Math.round(fallbackShare() * 10_000) / 10_000.0);
        out.put("millis", nanos.sum() / 1_000_000);
        return out;
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> map) {
        Map<String, Long> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    @Override
    public String toString() {
        return "ExtractionReport" + toMap();
    }
}
