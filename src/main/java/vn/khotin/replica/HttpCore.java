package vn.khotin.replica;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * and the low-level control faults need (reset a connection, send half a body, wait before answering). The
 * bytes on the wire are {@link HttpWire}'s. Binds 127.0.0.1 only.
 */
final class HttpCore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCore.class);
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
            boolean keptAlive = true;
            while (!closed && keptAlive) {
                keptAlive = exchange(s, in, out);
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

    /** Reads one request and answers it, misbehaving as the response asks; false when the connection is to close. */
    private boolean exchange(Socket s, InputStream in, OutputStream out) throws IOException, InterruptedException {
        HttpWire.Head head;
        try {
            head = HttpWire.readHead(in);
        } catch (HttpWire.Malformed e) {
            HttpWire.writeSimple(out, 400, "Bad Request");
            return false;
        }
        if (head == null) {
            return false;
        }
        boolean chunkedRequest = HttpWire.skipBody(in, head);
        Request req = new Request(head.time(), head.method(), head.path(), head.query(), Collections.unmodifiableMap(head.headers()));
        Response resp = answer(req, head.target());
        if (resp.delayMillis > 0) {
            Thread.sleep(resp.delayMillis);
        }
        if (resp.action == Action.RESET) {
            log.add(new RecordedRequest(head.time(), req.method(), req.path(), req.query(), head.headers(), 0, 0, resp.fault));
            s.setSoLinger(true, 0); // close with RST instead of FIN
            return false;
        }
        String conn = req.header("connection");
        boolean keepAlive = !chunkedRequest && resp.action == Action.NORMAL
                && (head.version().equals("HTTP/1.1") ? !"close".equalsIgnoreCase(conn) : "keep-alive".equalsIgnoreCase(conn));
        send(out, head, req, resp, keepAlive);
        return keepAlive;
    }

    /** The handler's response, or a 500 when it fails. */
    private Response answer(Request req, String target) {
        try {
            return handler.handle(req);
        } catch (RuntimeException e) {
            LOG.error("handler failed for {}", target, e);
            Response resp = new Response(500).header("Content-Type", "text/plain; charset=utf-8");
            resp.body = "Lỗi máy chủ".getBytes(StandardCharsets.UTF_8);
            return resp;
        }
    }

    private void send(OutputStream out, HttpWire.Head head, Request req, Response resp, boolean keepAlive) throws IOException {
        boolean noBody = req.method().equals("HEAD") || resp.status == 304 || resp.status == 204 || resp.status < 200;
        byte[] responseHead = HttpWire.responseHead(resp.status, resp.headers, resp.body.length, keepAlive);
        int sent = noBody ? 0 : resp.action == Action.TRUNCATE ? resp.body.length / 2 : resp.body.length;
        // Logged before the answer leaves, so a client that has its response also finds it in the log.
        log.add(new RecordedRequest(head.time(), req.method(), req.path(), req.query(), head.headers(), resp.status, sent, resp.fault));
        out.write(responseHead);
        out.write(resp.body, 0, sent);
        out.flush();
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
