package vn.khotin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.khotin.model.CaptureRef;
import vn.khotin.pipeline.ReindexReporting.Progress;
import vn.khotin.pipeline.ReindexReporting.Result;
import vn.khotin.pipeline.ReindexReporting.Skip;

/**
 * The counts of one replay of the archive, from which its progress and its result are told: records read (by the
 * reading thread), articles indexed and records skipped (by the workers too), damaged files, and where each WARC
 * file starts in the archive read as one stream.
 */
final class ReplayTally {

    // guarded by this: the workers skip too
    private final Map<Skip, Map<String, Long>> skipped = new EnumMap<>(Skip.class);
    // read and written by the reading thread only
    private final Map<String, Long> damaged = new TreeMap<>();
    private final Map<String, Long> fileStarts = new HashMap<>();
    private long bytesTotal;
    private long pages;
    private long resources;
    private final AtomicLong articles = new AtomicLong();
    /** Records found to yield no article, for the progress line (the result reads {@link #skipped}). */
    private final AtomicLong skippedRecords = new AtomicLong();
    private final long started = System.nanoTime();

    /** Where each file starts in the archive read as one stream, for the share read. */
    void sizeArchive(List<Path> files) throws IOException {
        for (Path file : files) {
            fileStarts.put(file.getFileName().toString(), bytesTotal);
            bytesTotal += Files.size(file);
        }
    }

    /** How far into the archive, read as one stream, the record at {@code ref} starts. */
    long position(CaptureRef ref) {
        return fileStarts.getOrDefault(ref.file(), 0L) + ref.offset();
    }

    /** The archive's size when the replay began. */
    long bytesTotal() {
        return bytesTotal;
    }

    /** Counts a record of a crawled page (response or revisit); returns its place in the order of reading. */
    long pageRead() {
        pages++;
        return pages + resources;
    }

    /** Counts a resource record; returns its place in the order of reading. */
    long resourceRead() {
        resources++;
        return pages + resources;
    }

    /** Counts a WARC file that could not be read past {@code offset}. */
    void damaged(String file, long offset) {
        damaged.put(file, offset);
    }

    /** Counts an article indexed. Thread-safe. */
    void articleIndexed() {
        articles.incrementAndGet();
    }

    /** Counts a record that yielded no article. Thread-safe. */
    synchronized void skip(Skip reason, String detail) {
        skipped.computeIfAbsent(reason, r -> new TreeMap<>()).merge(detail, 1L, Long::sum);
        skippedRecords.incrementAndGet();
    }

    /** Articles count those indexed so far; records still with the workers count as neither yet. */
    Progress progress(long bytesRead) {
        return new Progress(bytesRead, bytesTotal, pages + resources, articles.get(), skippedRecords.get(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** What the replay did, once the workers are done. */
    synchronized Result result(int removed, boolean complete) {
        return new Result(pages, resources, articles.get(), skipped, damaged, removed, complete,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
