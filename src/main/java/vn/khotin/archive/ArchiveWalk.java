package vn.khotin.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.slf4j.Logger;
import vn.khotin.model.CaptureRef;

/**
 * A reading of the archive's files in the order they were written, showing a {@link RecordVisitor} every record
 * that stands for a fetch or an import. A file damaged past some offset yields what comes before the damage, and
 * the walk goes on with the next file.
 */
final class ArchiveWalk {

    private ArchiveWalk() {
    }

    /**
     * Walks the files of {@code directory} from {@code from} on (from the start when it is null): its file from its
     * offset, then every later file.
     *
     * @param log where damage is reported (the archive's own logger, so the warning reads as the archive's)
     */
    static void walk(Path directory, CaptureRef from, RecordVisitor visitor, Logger log) throws IOException {
        for (Path file : ArchiveFiles.list(directory)) {
            String name = file.getFileName().toString();
            if (from != null && name.compareTo(from.file()) < 0) {
                continue;
            }
            try (WarcReader reader = new WarcReader(file)) {
                reader.setLenient(true);
                if (from != null && name.equals(from.file())) {
                    reader.position(from.offset());
                }
                readFile(reader, name, visitor, log);
            }
        }
    }

    private static void readFile(WarcReader reader, String name, RecordVisitor visitor, Logger log) {
        while (true) {
            Object item;
            CaptureRef ref;
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    break;
                }
                // position() is the start of the record just read
                ref = new CaptureRef(name, reader.position());
                if (next.get() instanceof WarcResponse response) {
                    item = StoredRecords.incomplete(response) ? RecordVisitor.Evidence.TRUNCATED
                            : new ArchivedCapture(StoredRecords.capture(response), ref);
                } else if (next.get() instanceof WarcRevisit) {
                    item = RecordVisitor.Evidence.NOT_MODIFIED;
                } else if (next.get() instanceof WarcResource resource) {
                    item = StoredRecords.resource(resource, ref);
                } else {
                    continue;
                }
            } catch (IOException | RuntimeException e) {
                log.warn("WARC file {} is damaged after offset {}: {}", name, reader.position(), e.toString());
                visitor.damaged(name, reader.position());
                break;
            }
            // outside the try: a visitor's own failure is not damage to the file
            switch (item) {
                case ArchivedCapture capture -> visitor.capture(capture);
                case ArchivedResource resource -> visitor.resource(resource);
                case RecordVisitor.Evidence kind -> visitor.evidence(ref, kind);
                default -> throw new IllegalStateException(item.toString());
            }
        }
    }
}
