package vn.khotin.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The archive directory as files: the WARC files in the order they were written (their names sort that way), their
 * size, and the list of files sealed (closed cleanly or repaired). Only an unsealed file can end with a torn
 * record, so the list spares reading every old file each time the archive opens.
 */
final class ArchiveFiles {

    /** Names of files closed cleanly (or repaired): the only ones not checked for a torn tail on open. */
    static final String SEALED = "khotin-sealed.txt";

    private ArchiveFiles() {
    }

    /** The WARC files in a directory, in the order they were written; none when there is no directory. */
    static List<Path> list(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(directory)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".warc.gz"))
                    .sorted()
                    .toList());
        }
    }

    static long totalBytes(Path directory) throws IOException {
        long total = 0;
        for (Path p : list(directory)) {
            try {
                total += Files.size(p);
            } catch (NoSuchFileException gone) {
                // removed meanwhile
            }
        }
        return total;
    }

    static Set<String> sealedNames(Path directory) throws IOException {
        Path list = directory.resolve(SEALED);
        Set<String> names = new TreeSet<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    names.add(line.trim());
                }
            }
        }
        return names;
    }

    /** Adds a file to the sealed list, synchronously: a file listed must never be one still being written. */
    static void seal(Path directory, String name) throws IOException {
        Files.writeString(directory.resolve(SEALED), name + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
    }
}
