package vn.khotin.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import vn.khotin.model.Capture;
import vn.khotin.model.Exchange;

/**
 * One GET at a time, bounded in every direction: connect timeout, a deadline for the whole response, a
 * maximum body size (the rest is cut off and the capture marked truncated), no redirects followed (the
 * crawler schedules them, so each hop is paced, checked against robots.txt and archived), gzip decoded.
 */
final class Fetcher {

    private final HttpClient http;
    private final CrawlSettings settings;

    Fetcher(CrawlSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A failed exchange with no response worth archiving: timeout before headers, reset, refused. */
    static final class FetchException extends IOException {
        final String reason;

        FetchException(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }
    }

    /**
     * Fetches a URL.
     *
     * @param etag sent as If-None-Match when not null
     * @param lastModified sent as If-Modified-Since when not null
     */
    Exchange get(String url, String etag, String lastModified, Instant previousFetch)
            throws FetchException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET()
                .timeout(settings.readTimeout());
        Map<String, List<String>> sent = new LinkedHashMap<>();
        header(builder, sent, "User-Agent", settings.userAgent());
        header(builder, sent, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        header(builder, sent, "Accept-Language", "vi,en;q=0.5");
        header(builder, sent, "Accept-Encoding", "gzip");
        if (etag != null) {
            header(builder, sent, "If-None-Match", etag);
        }
        if (lastModified != null) {
            header(builder, sent, "If-Modified-Since", lastModified);
        }
        long limit = settings.maxBodyBytes();
        CompletableFuture<HttpResponse<Body>> future =
                http.sendAsync(builder.build(), info -> new LimitedBody(limit));
        HttpResponse<Body> response;
        try {
            response = future.get(settings.readTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("timeout", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new FetchException(reasonOf(cause), cause);
        }
        Instant at = Instant.now();
        Body body = response.body();
        byte[] bytes = body.bytes;
        Exchange.Truncation truncation = body.truncation;
        HttpHeaders headers = response.headers();
        boolean gzip = headers.firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
                .orElse(false);
        if (gzip && bytes.length > 0) {
            Decoded d = gunzip(bytes, limit);
            bytes = d.bytes;
            if (d.truncated && truncation == Exchange.Truncation.NONE) {
                truncation = Exchange.Truncation.LENGTH;
            }
        }
        Capture capture = new Capture(url, response.statusCode(), headers.map(), bytes, at);
        return new Exchange(capture, sent, truncation, response.statusCode() == 304 ? previousFetch : null);
    }

    private static void header(HttpRequest.Builder b, Map<String, List<String>> sent, String name, String value) {
        b.header(name, value);
        sent.put(name, List.of(value));
    }

    private static String reasonOf(Throwable t) {
        if (t instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (t instanceof java.net.ConnectException) {
            return "connect-failed";
        }
        String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        if (msg.contains("reset")) {
            return "connection-reset";
        }
        if (msg.contains("eof") || msg.contains("closed")) {
            return "connection-closed";
        }
        return "io-error";
    }

    private record Decoded(byte[] bytes, boolean truncated) {}

    /** Decodes gzip up to the limit; a damaged or cut stream yields what could be decoded. */
    private static Decoded gunzip(byte[] gz, long limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
        byte[] buf = new byte[16384];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (out.size() + n > limit) {
                    out.write(buf, 0, (int) (limit - out.size()));
                    return new Decoded(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            return new Decoded(out.toByteArray(), true);
        }
        return new Decoded(out.toByteArray(), false);
    }

    /** A body as received, possibly cut short. */
    record Body(byte[] bytes, Exchange.Truncation truncation) {}

    /**
     * Collects a body up to a limit, then cancels the stream; a body cut by the server yields what arrived,
     * marked as truncated by disconnect, so it can still be archived as evidence.
     */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<Body> {
        private final long limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                int n = b.remaining();
                if (out.size() + (long) n > limit) {
                    int keep = (int) (limit - out.size());
                    byte[] part = new byte[keep];
                    b.get(part);
                    out.write(part, 0, keep);
                    result.complete(new Body(out.toByteArray(), Exchange.Truncation.LENGTH));
                    subscription.cancel();
                    return;
                }
                byte[] all = new byte[n];
                b.get(all);
                out.write(all, 0, n);
            }
        }

        @Override
        public void onError(Throwable t) {
            if (out.size() > 0) {
                result.complete(new Body(out.toByteArray(), Exchange.Truncation.DISCONNECT));
            } else {
                result.completeExceptionally(t);
            }
        }

        @Override
        public void onComplete() {
            result.complete(new Body(out.toByteArray(), Exchange.Truncation.NONE));
        }
    }
}
