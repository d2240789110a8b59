package vn.khotin.web;

/**
 * {@code /opensearch.xml}: the description that lets a browser add Khotin as a search engine. Its templates are
 * absolute addresses (browsers do not resolve relative ones against the description), on {@link Requests#baseUrl}, so
 * they follow {@code KHOTIN_PUBLIC_URL} like every other permalink.
 */
final class OpenSearchDescription {

    static final String CONTENT_TYPE = "application/opensearchdescription+xml; charset=utf-8";

    private OpenSearchDescription() {}

    /** @param baseUrl scheme and authority of this site ("https://kho.example.vn") */
    static String xml(String baseUrl) {
        String base = escape(baseUrl);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>Khotin</ShortName>
                  <Description>Tìm trong kho tin Báo Hà Tĩnh</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Image height="16" width="16" type="image/svg+xml">%1$s/static/favicon.svg</Image>
                  <Url type="text/html" template="%1$s/?q={searchTerms}"/>
                  <Url type="application/atom+xml" template="%1$s/api/v1/feed?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(base);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
