package vn.khotin.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The directory an index lives in: opened to write or only to read, the user data of its last commit, the size
 * of its files. These read the directory itself rather than ask the writer, so they answer the same for an index
 * open read-only.
 */
final class IndexFiles {

    private IndexFiles() {
    }

    /** Opens the directory at {@code path}, creating it if needed. */
    static FSDirectory create(Path path) throws IOException {
        Files.createDirectories(path);
        return FSDirectory.open(path);
    }

    /**
     * Opens the directory at {@code path} if it holds a Lucene index.
     *
     * @throws IndexNotFoundException when there is no directory or no index in it
     */
    static FSDirectory existing(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            throw new IndexNotFoundException("no directory " + path);
        }
        FSDirectory dir = FSDirectory.open(path);
        try {
            if (!DirectoryReader.indexExists(dir)) {
                throw new IndexNotFoundException("no Lucene index in " + path);
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /**
     * Closes what an index that failed to open had opened (null parts skipped), in order; a part that fails to close
     * is recorded in {@code failure} rather than hiding it.
     */
    static void closeAfter(Exception failure, Closeable... parts) {
        for (Closeable part : parts) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The user data of the last commit in {@code directory}, if any. */
    static Optional<Map<String, String>> lastCommitData(Directory directory) {
        try {
            var commits = DirectoryReader.listCommits(directory);
            return commits.isEmpty() ? Optional.empty() : Optional.of(commits.getLast().getUserData());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Bytes used by the index files, not counting the {@link DerivedFiles derived files} beside them. */
    static long sizeInBytes(Directory directory) throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            if (DerivedFiles.isDerived(f)) {
                continue;
            }
            try {
                total += directory.fileLength(f);
            } catch (IOException ignored) {
                // a file merged away meanwhile
            }
        }
        return total;
    }
}
