package vn.khotin.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Recovery when the archive opens: a file that was not sealed may end with a record torn by a killed process, and
 * is cut back to its last whole record ({@link WarcRepair}) so that every file reads to its end; then it is
 * sealed. Run only by the process holding the data directory, before it writes anything.
 */
final class TornTailRepair {

    private TornTailRepair() {
    }

    /**
     * Cuts every unsealed file of {@code directory} back to its last whole record and seals it; a file with no whole
     * record is deleted.
     *
     * @param log where a cut is reported (the archive's own logger, so the warning reads as the archive's)
     */
    static void repairUnsealed(Path directory, Logger log) throws IOException {
        Set<String> sealed = ArchiveFiles.sealedNames(directory);
        for (Path file : ArchiveFiles.list(directory)) {
            String name = file.getFileName().toString();
            if (sealed.contains(name)) {
                continue;
            }
            long size = Files.size(file);
            long valid = WarcRepair.validPrefix(file);
            if (valid < size) {
                log.warn("WARC file {} ends with a torn record (killed while writing); cut from {} to {} bytes",
                        name, size, valid);
                if (valid == 0) {
                    Files.delete(file);
                    continue;
                }
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(valid);
                    ch.force(true);
                }
            }
            ArchiveFiles.seal(directory, name);
        }
    }
}
