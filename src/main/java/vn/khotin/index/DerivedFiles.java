package vn.khotin.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files of data derived from an index's articles (a trained model, statistics), kept in the index directory so that
 * they live and die with the index: copying or deleting the directory copies or deletes them too. Their names
 * start with {@link #PREFIX}; Lucene deletes only the files its codecs name ({@code _N.*}, {@code segments_N},
 * {@code pending_segments_N}), so these stay. Nothing is written for an index open read-only, or once it is
 * closed. Thread-safe.
 */
public final class DerivedFiles {

    /** Prefix of every derived file's name in the index directory. */
    static final String PREFIX = "khotin-derived-";

    /** Writes one file at the path it is given. */
    @FunctionalInterface
    public interface PathWriter {
        void write(Path file) throws IOException;
    }

    private final Path directory;
    private final boolean writable;
    private boolean closed;

    DerivedFiles(Path directory, boolean writable) {
        this.directory = directory;
        this.writable = writable;
    }

    /** Whether a file name in the index directory is a derived file's. */
    static boolean isDerived(String fileName) {
        return fileName.startsWith(PREFIX);
    }

    /** Where the derived file {@code name} is, whether or not it exists. */
    public Path path(String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return directory.resolve(PREFIX + name);
    }

    /**
     * Writes the derived file {@code name} with {@code write}, under the same lock as {@link #close()}: a write
     * running when the index closes finishes first, and none starts after.
     *
     * @return false, writing nothing, when the index is closed or open read-only
     */
    public synchronized boolean write(String name, PathWriter write) throws IOException {
        Path file = path(name);
        if (closed || !writable) {
            return false;
        }
        write.write(file);
        return true;
    }

    /**
     * Writes the derived file {@code name} as {@link #write} does, then deletes the other derived files whose names
     * start with {@code family} (the same data saved by an older format or recipe).
     *
     * @return false, writing and deleting nothing, when the index is closed or open read-only
     */
    public boolean writeReplacing(String name, String family, PathWriter write) throws IOException {
        if (!write(name, write)) {
            return false;
        }
        for (String other : list()) {
            if (other.startsWith(family) && !other.equals(name)) {
                delete(other);
            }
        }
        return true;
    }

    /** Deletes the derived file {@code name} if it exists (nothing when the index is closed or read-only). */
    public void delete(String name) throws IOException {
        write(name, Files::deleteIfExists);
    }

    /** The names of the derived files that exist, without the prefix. */
    public List<String> list() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.map(p -> p.getFileName().toString()).filter(DerivedFiles::isDerived)
                    .forEach(f -> out.add(f.substring(PREFIX.length())));
        }
        return out;
    }

    /** No write starts after this (the index is closing). */
    synchronized void close() {
        closed = true;
    }
}
