package vn.khotin.web;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.khotin.search.SearchHit;
import vn.khotin.search.SearchResult;

/**
 * An Atom 1.0 feed of a query's newest hits, so a reader can follow a topic. Written with the JDK's XML writer,
 * which escapes every text and attribute value.
 */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /**
     * The feed of a search's hits. An undated article's entry is updated when the archive captured it
     * ({@code captured}, null when unknown: then the start of 1970); it was the feed's own time, "now" when no entry
     * had a date, so that a feed reader saw every undated article as new at each poll.
     *
     * @param baseUrl scheme and authority of this site
     * @param selfPath path and query of the feed itself
     * @param htmlPath path and query of the same search as a page
     * @param topic what the feed follows, for its title: the words, filters and dates (empty: the whole archive)
     */
    static String write(String baseUrl, String selfPath, String htmlPath, String topic, SearchResult result,
            java.util.function.LongFunction<java.time.Instant> captured) {
        try {
            StringWriter sw = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(sw);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", "tag:khotin," + "2026:feed:" + selfPath);
            text(x, "title", topic.isBlank() ? "Khotin – tin mới nhất" : "Khotin – " + topic);
            OffsetDateTime updated = result.hits().stream().map(SearchHit::published)
                    .filter(java.util.Objects::nonNull).max(OffsetDateTime::compareTo)
                    // a feed with no entries changed now, when it was asked for (Atom requires the element)
                    .orElseGet(() -> OffsetDateTime.now(ZoneOffset.UTC));
            text(x, "updated", Format.iso(updated));
            link(x, "self", baseUrl + selfPath, "application/atom+xml");
            link(x, "alternate", baseUrl + htmlPath, "text/html");
            x.writeStartElement("author");
            text(x, "name", "Khotin – kho tin Báo Hà Tĩnh");
            x.writeEndElement();
            for (SearchHit h : result.hits()) {
                x.writeStartElement("entry");
                text(x, "id", Requests.permalink(baseUrl, h.id()));
                text(x, "title", h.title());
                java.time.Instant capture = h.published() != null ? null : captured.apply(h.id());
                text(x, "updated", h.published() != null ? Format.iso(h.published())
                        : Format.iso(capture != null ? capture : java.time.Instant.EPOCH));
                if (h.published() != null) {
                    text(x, "published", Format.iso(h.published()));
                }
                link(x, "alternate", baseUrl + "/bai/" + h.id(), "text/html");
                link(x, "via", h.url(), "text/html");
                if (!h.category().isEmpty()) {
                    x.writeEmptyElement("category");
                    x.writeAttribute("term", h.category());
                }
                text(x, "summary", h.sapo());
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return sw.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(xmlSafe(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", xmlSafe(href));
        x.writeAttribute("type", type);
    }

    /** Drops characters XML 1.0 cannot carry at all (control characters), which escaping cannot fix. */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
