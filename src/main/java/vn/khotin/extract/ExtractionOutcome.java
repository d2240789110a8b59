package vn.khotin.extract;

import java.util.List;

/**
 * An {@link ExtractionResult} with what happened on the way: notes such as a body cut at the size limit or a
 * declared charset overridden ({@code "truncated: …"}, {@code "charset: …"}), and the time it took.
 *
 * @param result the result other stages act on
 * @param notes short machine-countable notes, code before the first colon
 * @param nanos wall time spent on this page
 */
public record ExtractionOutcome(ExtractionResult result, List<String> notes, long nanos) {
    public ExtractionOutcome {
        notes = List.copyOf(notes);
    }
}
