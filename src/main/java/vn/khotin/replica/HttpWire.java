package vn.khotin.replica;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on the wire, as {@link HttpCore} speaks it: the head of a request read off a connection, the head of a
 * response written back, and the status texts and date form the headers use.
 */
final class HttpWire {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int MAX_LINE = 16_384;

    private HttpWire() {
    }

    /**
     * A request's head. Header names are lower case; the target is in origin form (an absolute-form target loses
     * its scheme and authority).
     *
     * @param time when the request line arrived
     */
    record Head(Instant time, String method, String target, String version, Map<String, List<String>> headers) {

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        /** The query without a fragment a client sent by mistake; empty when there is none. */
        String query() {
            int q = target.indexOf('?');
            String query = q < 0 ? "" : target.substring(q + 1);
            int hash = query.indexOf('#');
            return hash >= 0 ? query.substring(0, hash) : query;
        }
    }

    /** A request line or header that cannot be read: answered 400, then the connection closes. */
    static final class Malformed extends IOException {
        Malformed() {
            super("malformed request");
        }
    }

    /**
     * Reads the next request's head, skipping blank lines before it.
     *
     * @return null when the connection ends first
     * @throws Malformed for a request line that is not HTTP/1.x, a header without a name or too many headers
     */
    static Head readHead(InputStream in) throws IOException {
        String line;
        do {
            line = readLine(in);
            if (line == null) {
                return null;
            }
        } while (line.isEmpty());
        Instant time = Instant.now();
        String[] parts = line.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new Malformed();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; ; i++) {
            String h = readLine(in);
            if (h == null) {
                return null;
            }
            if (h.isEmpty()) {
                break;
            }
            int c = h.indexOf(':');
            if (c <= 0 || i > 200) {
                throw new Malformed();
            }
            headers.computeIfAbsent(h.substring(0, c).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(c + 1).strip());
        }
        return new Head(time, parts[0], originForm(parts[1]), parts[2], headers);
    }

    private static String originForm(String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            return slash < 0 ? "/" : target.substring(slash);
        }
        return target;
    }

    /**
     * Skips a request body of announced length.
     *
     * @return true for a chunked body, which is left unread: crawlers send none, so the connection is answered and
     *     then closed rather than decoded
     */
    static boolean skipBody(InputStream in, Head head) throws IOException {
        List<String> te = head.headers().get("transfer-encoding");
        if (te != null && te.toString().toLowerCase(Locale.ROOT).contains("chunked")) {
            return true;
        }
        List<String> cl = head.headers().get("content-length");
        if (cl != null) {
            in.skipNBytes(Long.parseLong(cl.get(0).strip()));
        }
        return false;
    }

    /** The status line and headers of a response, the server's own headers included. */
    static byte[] responseHead(int status, Map<String, String> headers, int bodyLength, boolean keepAlive) {
        StringBuilder hb = new StringBuilder(256);
        hb.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n")
                .append("Date: ").append(HTTP_DATE.format(Instant.now())).append("\r\n")
                .append("Server: nginx\r\n");
        for (Map.Entry<String, String> e : headers.entrySet()) {
            hb.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
        }
        if (status != 304 && status != 204) {
            hb.append("Content-Length: ").append(bodyLength).append("\r\n");
        }
        hb.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        return hb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A plain-text answer sent before the connection closes, for a request that could not be read. */
    static void writeSimple(OutputStream out, int status, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " " + reason(status) + "\r\nContent-Type: text/plain\r\nContent-Length: " + b.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(b);
        out.flush();
    }

    /** Reads a CRLF- or LF-terminated line as ISO-8859-1; null at end of stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        while (true) {
            int c = in.read();
            if (c < 0) {
                return b.size() == 0 ? null : b.toString(StandardCharsets.ISO_8859_1);
            }
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            if (b.size() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            b.write(c);
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 204 -> "No Content";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 304 -> "Not Modified";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
