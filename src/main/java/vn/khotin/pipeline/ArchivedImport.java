package vn.khotin.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.archive.WarcArchive;
import vn.khotin.model.CaptureRef;

/**
 * What the archive holds for an imported article: its {@code resource} record ({@link ImportArchive}), read back
 * from the position the index keeps for the article, as the response of a crawled page is.
 *
 * @param url the record's target, the article's URL
 * @param imported when it was imported (the record's date)
 * @param originalId the record's own id as written in the input ({@code baomoi-21395276}, {@code 4242})
 * @param sourceFile the input file's name
 * @param sourceLine the line number in that file, or 0 when not recorded
 * @param contentType the media type of the content ({@code application/json})
 * @param content the input line exactly as read
 * @param ref where the record starts
 */
public record ArchivedImport(String url, Instant imported, String originalId, String sourceFile, long sourceLine,
        String contentType, byte[] content, CaptureRef ref) {

    /**
     * The import record at {@code ref}; empty when there is none there (a crawled page's response, a resource
     * record of another kind, nothing).
     */
    public static Optional<ArchivedImport> read(WarcArchive archive, CaptureRef ref) throws IOException {
        return archive.readResource(ref).filter(r -> r.header(ImportArchive.ARTICLE_ID) != null)
                .map(ArchivedImport::of);
    }

    private static ArchivedImport of(ArchivedResource r) {
        String source = r.header(ImportArchive.IMPORT_SOURCE);
        source = source == null ? "" : source;
        int colon = source.lastIndexOf(':');
        long line = 0;
        if (colon > 0) {
            try {
                line = Long.parseLong(source.substring(colon + 1));
                source = source.substring(0, colon);
            } catch (NumberFormatException e) {
                line = 0; // a file name with a colon and no line number: keep it whole
            }
        }
        String originalId = r.header(ImportArchive.IMPORT_ID);
        return new ArchivedImport(r.target(), r.date(), originalId == null ? "" : originalId, source, line,
                r.contentType(), r.content(), r.ref());
    }
}
