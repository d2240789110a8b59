package vn.khotin.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import vn.khotin.extract.ExtractionResult.Failed;
import vn.khotin.extract.ExtractionResult.NotArticle;
import vn.khotin.model.Capture;

/**
 * The first stage of an extraction: from a capture to a parsed HTML document within the profile's limits, or why
 * the capture is not one. A redirect, an HTTP error or a non-HTML body is not an article; an empty body, a body
 * with only whitespace, or a tree with more elements than allowed is a failure. A body over the size limit is cut
 * and noted rather than refused.
 */
final class CaptureParser {

    /** The parsed document, or (then {@code doc} is null) why there is none. */
    record Parsed(Document doc, ExtractionResult refusal) {

        private static Parsed refused(ExtractionResult refusal) {
            return new Parsed(null, refusal);
        }
    }

    private CaptureParser() {
    }

    /**
     * Decodes and parses a capture.
     *
     * @param notes receives what was changed on the way (body cut at the size limit, declared charset overridden)
     */
    static Parsed parse(Capture capture, ExtractionRules.Limits limits, List<String> notes, Deadline deadline) {
        ExtractionResult refusal = refusal(capture);
        if (refusal != null) {
            return Parsed.refused(refusal);
        }
        byte[] bytes = capture.body();
        int max = limits.maxBytes();
        if (bytes.length > max) {
            notes.add("truncated: " + bytes.length + " bytes cut to " + max);
            bytes = Arrays.copyOf(bytes, max);
        }
        CharsetDetector.Decoded decoded = CharsetDetector.decode(bytes, capture.declaredCharset());
        if (!decoded.how().equals("utf8")) {
            notes.add("charset: " + decoded.charset().name() + " (" + decoded.how() + ")");
        }
        if (decoded.text().isBlank()) {
            return Parsed.refused(new Failed("empty-body: only whitespace"));
        }
        deadline.check();
        Parser parser = Parser.htmlParser().setMaxDepth(limits.maxDepth());
        Document doc = Jsoup.parse(decoded.text(), capture.url(), parser);
        deadline.check();
        int elements = countElements(doc, limits.maxElements());
        if (elements > limits.maxElements()) {
            return Parsed.refused(new Failed("too-complex: more than " + limits.maxElements() + " elements"));
        }
        return new Parsed(doc, null);
    }

    /** Why a capture is not read at all, judged before its body is decoded; null when it is read. */
    private static ExtractionResult refusal(Capture capture) {
        if (capture == null) {
            return new Failed("empty-body: no capture");
        }
        int status = capture.status();
        if (status >= 300 && status < 400) {
            return new NotArticle("redirect", "HTTP " + status + " → " + capture.header("Location").orElse("?"));
        }
        if (status != 200) {
            return new NotArticle("http-error", "HTTP " + status);
        }
        byte[] bytes = capture.body();
        if (bytes.length == 0) {
            return new Failed("empty-body: 0 bytes");
        }
        String media = capture.mediaType();
        if (!media.isEmpty() && !media.contains("html") && !looksLikeHtml(bytes)) {
            return new NotArticle("non-html", media);
        }
        return null;
    }

    /** A body whose declared type is not HTML is still read when it starts like HTML: the type is a guess. */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html");
    }

    /** The number of elements, counted only up to just past {@code limit}. */
    private static int countElements(Document doc, int limit) {
        int[] n = {0};
        doc.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element && ++n[0] > limit) {
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return n[0];
    }
}
