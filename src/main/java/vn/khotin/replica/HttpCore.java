package vn.khotin.replica;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server on a plain {@link ServerSocket}: persistent connections, a bounded worker pool,
 * and the low-level control faults need (reset a connection, send half a body, wait before answering).
 * Binds 127.0.0.1 only.
 */
final class HttpCore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCore.class);
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int MAX_LINE = 16_384;
    private static final int IDLE_TIMEOUT_MS = 15_000;

    /** A parsed request. Header names are lower case. */
    record Request(Instant time, String method, String path, String query, Map<String, List<String>> headers) {
        String header(String name) {
            List<String> v = headers.get(name);
            return v == null || v.isEmpty() ? null : v.get(0);
        }
    }

    /** What to send, and how to misbehave while sending it. */
    static final class Response {
        int status;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];
        Action action = Action.NORMAL;
        int delayMillis;
        Fault fault;

        Response(int status) {
            this.status = status;
        }

        Response header(String name, String value) {
            headers.put(name, value);
            return this;
        }
    }

    enum Action { NORMAL, RESET, TRUNCATE }

    interface Handler {
        Response handle(Request request);
    }

    private final ServerSocket server;
    private final ExecutorService workers;
    private final Thread acceptor;
    private final Handler handler;
    private final RequestLog log;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    HttpCore(int port, int threads, Handler handler, RequestLog log) throws IOException {
        this.handler = handler;
        this.log = log;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "replica-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.acceptor = new Thread(this::acceptLoop, "replica-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                open.add(s);
                workers.execute(() -> serve(s));
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("accept failed", e);
                }
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            s.setSoTimeout(IDLE_TIMEOUT_MS);
            s.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(s.getInputStream(), 8192);
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 65_536);
            while (!closed) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                if (line.isEmpty()) {
                    continue;
                }
                Instant time = Instant.now();
                String[] parts = line.split(" ");
                if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                    writeSimple(out, 400, "Bad Request");
                    return;
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                for (int i = 0; ; i++) {
                    String h = readLine(in);
                    if (h == null) {
                        return;
                    }
                    if (h.isEmpty()) {
                        break;
                    }
                    int c = h.indexOf(':');
                    if (c <= 0 || i > 200) {
                        writeSimple(out, 400, "Bad Request");
                        return;
                    }
                    headers.computeIfAbsent(h.substring(0, c).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(h.substring(c + 1).strip());
                }
                boolean chunkedRequest = false;
                List<String> te = headers.get("transfer-encoding");
                if (te != null && te.toString().toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunkedRequest = true; // not used by crawlers; answer, then close
                } else {
                    List<String> cl = headers.get("content-length");
                    if (cl != null) {
                        in.skipNBytes(Long.parseLong(cl.get(0).strip()));
                    }
                }
                String target = parts[1];
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    int slash = target.indexOf('/', target.indexOf("//") + 2);
                    target = slash < 0 ? "/" : target.substring(slash);
                }
                int q = target.indexOf('?');
                String path = q < 0 ? target : target.substring(0, q);
                String query = q < 0 ? "" : target.substring(q + 1);
                int hash = query.indexOf('#');
                if (hash >= 0) {
                    query = query.substring(0, hash);
                }
                Request req = new Request(time, parts[0], path, query, Collections.unmodifiableMap(headers));
                Response resp;
                try {
                    resp = handler.handle(req);
                } catch (RuntimeException e) {
                    LOG.error("handler failed for {}", target, e);
                    resp = new Response(500).header("Content-Type", "text/plain; charset=utf-8");
                    resp.body = "Lỗi máy chủ".getBytes(StandardCharsets.UTF_8);
                }
                if (resp.delayMillis > 0) {
                    Thread.sleep(resp.delayMillis);
                }
                if (resp.action == Action.RESET) {
                    log.add(new RecordedRequest(time, req.method(), path, query, headers, 0, 0, resp.fault));
                    s.setSoLinger(true, 0); // close with RST instead of FIN
                    return;
                }
                String conn = req.header("connection");
                boolean keepAlive = !chunkedRequest && resp.action == Action.NORMAL
                        && (parts[2].equals("HTTP/1.1") ? !"close".equalsIgnoreCase(conn) : "keep-alive".equalsIgnoreCase(conn));
                boolean head = req.method().equals("HEAD");
                boolean noBody = head || resp.status == 304 || resp.status == 204 || resp.status < 200;
                StringBuilder hb = new StringBuilder(256);
                hb.append("HTTP/1.1 ").append(resp.status).append(' ').append(reason(resp.status)).append("\r\n")
                        .append("Date: ").append(HTTP_DATE.format(Instant.now())).append("\r\n")
                        .append("Server: nginx\r\n");
                for (Map.Entry<String, String> e : resp.headers.entrySet()) {
                    hb.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
                }
                if (resp.status != 304 && resp.status != 204) {
                    hb.append("Content-Length: ").append(resp.body.length).append("\r\n");
                }
                hb.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
                int sent = noBody ? 0 : resp.action == Action.TRUNCATE ? resp.body.length / 2 : resp.body.length;
                // Logged before the answer leaves, so a client that has its response also finds it in the log.
                log.add(new RecordedRequest(time, req.method(), path, query, headers, resp.status, sent, resp.fault));
                out.write(hb.toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(resp.body, 0, sent);
                out.flush();
                if (!keepAlive) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SocketException e) {
            // idle keep-alive connection or client gone: nothing to do
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.debug("connection error", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(s);
        }
    }

    private static void writeSimple(OutputStream out, int status, String text) throws IOException {
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

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("close", e);
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.debug("close", e);
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
