package vn.khotin.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directories a full rebuild ({@code khotin reindex}) uses beside {@code lucene/} in the data directory, and
 * the swap that puts the rebuilt index in its place. The old index stays whole and in place until the new one is
 * committed and closed, so a rebuild that fails or is killed loses nothing.
 *
 * <p>Each step is a rename, so every state a kill can leave is one of these, sorted out by {@link #recover} under
 * the data directory's lock before the index is opened:
 * <pre>
 * lucene.building/   a rebuild under way: never complete, so deleted
 * lucene.built/      a rebuild committed and closed: the swap is finished from where it stopped
 * lucene.old/        the previous index moved aside by the swap: deleted once lucene/ holds the new one,
 *                    moved back if the swap stopped before the new one was moved in
 * </pre>
 * Two renames cannot be one atomic step in Java's file API; between them {@code lucene/} is missing for an
 * instant, which a read-only tool reports as no index and the next writing process repairs.
 */
final class SideIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SideIndex.class);

    static final String BUILDING = "lucene.building";
    static final String BUILT = "lucene.built";
    static final String OLD = "lucene.old";

    private SideIndex() {}

    /**
     * Free space a rebuild needs, as a multiple of the old index's size: the new index beside the old one, and room
     * for merging its segments into one at the end.
     */
    static final double ROOM_FACTOR = 2.0;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /**
     * Fails before anything is written when the disk cannot hold a second index: a rebuild that fills the disk
     * halfway keeps the old index, but only after minutes of work and with the disk full for everything else.
     */
    static void checkRoom(DataDirectory data) throws IOException {
        Path lucene = data.lucene();
        long size = Files.isDirectory(lucene) ? sizeOf(lucene) : 0;
        String problem = roomProblem(size, Files.getFileStore(data.root()).getUsableSpace());
        if (problem != null) {
            throw PipelineException.runtime(problem + " (" + data.root() + ")", null);
        }
    }

    /** Why a rebuild of an index of {@code indexBytes} does not fit in {@code freeBytes}, or null when it does. */
    static String roomProblem(long indexBytes, long freeBytes) {
        long need = (long) (indexBytes * ROOM_FACTOR);
        if (freeBytes >= need) {
            return null;
        }
        return String.format(VIETNAMESE, "Không đủ chỗ trống để dựng chỉ mục mới bên cạnh chỉ mục cũ: cần khoảng "
                + "%.1f MiB, ổ đĩa còn %.1f MiB. Chỉ mục cũ vẫn nguyên; hãy giải phóng chỗ trống rồi chạy lại",
                need / 1048576.0, freeBytes / 1048576.0);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file merged away while we walk
                }
            }).sum();
        }
    }

    /** Where a rebuild writes its index (emptied first: whatever is there is a killed run's). */
    static Path startBuilding(DataDirectory data) throws IOException {
        Path building = data.root().resolve(BUILDING);
        deleteTree(building);
        return building;
    }

    /** Deletes what a rebuild left in {@link #BUILDING} without finishing it (it failed or was stopped). */
    static void abandon(DataDirectory data) throws IOException {
        deleteTree(data.root().resolve(BUILDING));
    }

    /**
     * Puts the index built in {@link #BUILDING}, committed and closed, in place of {@code lucene/}, which no one
     * may hold open. Marking it built first is what makes it the index: from then on a kill finishes the swap
     * rather than undoing it.
     */
    static void swap(DataDirectory data) throws IOException {
        Path root = data.root();
        Files.move(root.resolve(BUILDING), root.resolve(BUILT), StandardCopyOption.ATOMIC_MOVE);
        finishSwap(data);
    }

    /** Brings the data directory back to one index in {@code lucene/} after a rebuild that was killed. */
    static void recover(DataDirectory data) throws IOException {
        Path root = data.root();
        if (Files.exists(root.resolve(BUILDING))) {
            LOG.warn("Removing {}: an index rebuild that did not finish (the index in {} is unchanged)",
                    root.resolve(BUILDING), data.lucene());
            deleteTree(root.resolve(BUILDING));
        }
        if (Files.exists(root.resolve(BUILT))) {
            LOG.warn("Finishing the swap of the rebuilt index {} into {}", root.resolve(BUILT), data.lucene());
            finishSwap(data);
        } else if (Files.exists(root.resolve(OLD))) {
            if (Files.exists(data.lucene())) {
                deleteTree(root.resolve(OLD));
            } else {
                Files.move(root.resolve(OLD), data.lucene(), StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void finishSwap(DataDirectory data) throws IOException {
        Path root = data.root();
        Path old = root.resolve(OLD);
        if (Files.exists(data.lucene())) {
            deleteTree(old); // a previous swap's, killed while deleting it
            Files.move(data.lucene(), old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(root.resolve(BUILT), data.lucene(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old) && !Files.exists(data.lucene())) {
                try {
                    Files.move(old, data.lucene(), StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
            }
            throw e;
        }
        try {
            deleteTree(old);
        } catch (IOException e) { // the new index is in place; the next open deletes the rest
            LOG.warn("Could not delete the previous index {}: {}", old, e.toString());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
