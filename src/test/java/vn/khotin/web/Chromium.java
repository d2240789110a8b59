package vn.khotin.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven over the Chrome DevTools Protocol with the JDK's own WebSocket client: one
 * browser, one page, real mouse clicks and key presses, screenshots. Just enough for the site's browser tests.
 */
final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<CompletableFuture<JsonNode>> loadWaiters = new CopyOnWriteArrayList<>();
    /** Console errors and browser log entries of level error (CSP violations land here). */
    final List<String> errors = new CopyOnWriteArrayList<>();
    private String session;

    /** The Chromium binary, if this machine has one. */
    static Optional<Path> binary() {
        String env = System.getenv("KHOTIN_CHROMIUM");
        for (String candidate : new String[] {env, "/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
            if (candidate != null && Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    Chromium(Path binary, int width, int height) throws Exception {
        profile = Files.createTempDirectory("khotin-chromium");
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--lang=vi-VN", "--remote-debugging-port=0", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = devToolsUrl();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(url), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String target = browserCall("Target.createTarget", obj().put("url", "about:blank")).get("targetId").asText();
        session = browserCall("Target.attachToTarget", obj().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
        call("Page.enable", obj());
        call("Runtime.enable", obj());
        call("Log.enable", obj());
        call("Emulation.setDeviceMetricsOverride", obj().put("width", width).put("height", height)
                .put("deviceScaleFactor", 1).put("mobile", false));
    }

    /** Reads "DevTools listening on ws://…" from the browser's standard error. */
    private String devToolsUrl() throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line;
                while ((line = err.readLine()) != null) {
                    int i = line.indexOf("ws://");
                    if (line.contains("DevTools listening on") && i >= 0) {
                        url.complete(line.substring(i).strip());
                    }
                }
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
            url.completeExceptionally(new IllegalStateException("Chromium exited before DevTools was ready"));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    static ObjectNode obj() {
        return JSON.createObjectNode();
    }

    private JsonNode browserCall(String method, ObjectNode params) throws Exception {
        return send(method, params, null);
    }

    /** Sends a command to the page and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        return send(method, params, session);
    }

    private JsonNode send(String method, ObjectNode params, String sessionId) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = obj().put("id", id).put("method", method);
        msg.set("params", params);
        if (sessionId != null) {
            msg.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        return result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Runs an action that navigates, and waits for the new page's load event. */
    void andWaitForLoad(ThrowingRunnable action) throws Exception {
        CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
        loadWaiters.add(loaded);
        action.run();
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    void navigate(String url) throws Exception {
        andWaitForLoad(() -> call("Page.navigate", obj().put("url", url)));
    }

    /** Evaluates a JavaScript expression in the page (for reading state only; actions use real input). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", obj().put("expression", expression).put("returnByValue", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("JS error: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    String text(String selector) throws Exception {
        return eval("(document.querySelector(" + JSON.writeValueAsString(selector) + ")||{}).innerText||''").asText();
    }

    String url() throws Exception {
        return eval("location.href").asText();
    }

    /** Clicks the centre of the first element matching the selector with a real mouse press and release. */
    void click(String selector) throws Exception {
        double[] at = hover(selector);
        call("Input.dispatchMouseEvent", obj().put("type", "mousePressed").put("x", at[0]).put("y", at[1])
                .put("button", "left").put("clickCount", 1));
        call("Input.dispatchMouseEvent", obj().put("type", "mouseReleased").put("x", at[0]).put("y", at[1])
                .put("button", "left").put("clickCount", 1));
    }

    /** Moves the mouse over the centre of the first element matching the selector; returns where. */
    double[] hover(String selector) throws Exception {
        JsonNode box = eval("(() => { const e = document.querySelector(" + JSON.writeValueAsString(selector)
                + "); if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box == null || box.isNull() || box.isMissingNode()) {
            throw new IllegalStateException("No element matches " + selector + " on " + url());
        }
        double x = box.get("x").asDouble();
        double y = box.get("y").asDouble();
        call("Input.dispatchMouseEvent", obj().put("type", "mouseMoved").put("x", x).put("y", y));
        return new double[] {x, y};
    }

    /** Clicks into a field and types text as an input method would commit it. */
    void type(String selector, String text) throws Exception {
        click(selector);
        call("Input.insertText", obj().put("text", text));
    }

    void pressEnter() throws Exception {
        ObjectNode down = obj().put("type", "keyDown").put("key", "Enter").put("code", "Enter")
                .put("windowsVirtualKeyCode", 13).put("text", "\r");
        call("Input.dispatchKeyEvent", down);
        call("Input.dispatchKeyEvent", obj().put("type", "keyUp").put("key", "Enter").put("code", "Enter")
                .put("windowsVirtualKeyCode", 13));
    }

    void pressTab() throws Exception {
        call("Input.dispatchKeyEvent", obj().put("type", "keyDown").put("key", "Tab").put("code", "Tab")
                .put("windowsVirtualKeyCode", 9));
        call("Input.dispatchKeyEvent", obj().put("type", "keyUp").put("key", "Tab").put("code", "Tab")
                .put("windowsVirtualKeyCode", 9));
    }

    /** Saves a PNG of the whole page. */
    void screenshot(Path file) throws Exception {
        JsonNode metrics = call("Page.getLayoutMetrics", obj());
        JsonNode size = metrics.has("cssContentSize") ? metrics.get("cssContentSize") : metrics.get("contentSize");
        ObjectNode clip = obj().put("x", 0).put("y", 0).put("width", size.get("width").asDouble())
                .put("height", Math.min(6000, size.get("height").asDouble())).put("scale", 1);
        ObjectNode params = obj().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        JsonNode shot = call("Page.captureScreenshot", params);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    @Override
    public void close() throws Exception {
        try {
            browserCall("Browser.close", obj());
        } catch (Exception e) {
            // the browser may close the socket before answering
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                handle(text);
            }
            ws.request(1);
            return null;
        }

        private void handle(String text) {
            try {
                JsonNode msg = JSON.readTree(text);
                if (msg.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                    if (f != null) {
                        if (msg.has("error")) {
                            f.completeExceptionally(new IllegalStateException(msg.get("error").toString()));
                        } else {
                            f.complete(msg.get("result"));
                        }
                    }
                    return;
                }
                String method = msg.path("method").asText();
                switch (method) {
                    case "Page.loadEventFired" -> {
                        List<CompletableFuture<JsonNode>> waiting = new ArrayList<>(loadWaiters);
                        loadWaiters.clear();
                        waiting.forEach(w -> w.complete(msg));
                    }
                    case "Log.entryAdded" -> {
                        JsonNode entry = msg.path("params").path("entry");
                        if (entry.path("level").asText().equals("error")) {
                            errors.add(entry.path("text").asText() + " " + entry.path("url").asText());
                        }
                    }
                    case "Runtime.exceptionThrown" -> errors.add(msg.path("params").toString());
                    case "Page.javascriptDialogOpening" -> {
                        // an alert() means injected script ran: record it and dismiss so the page goes on
                        errors.add("dialog: " + msg.path("params").path("message").asText());
                        Thread t = new Thread(() -> {
                            try {
                                call("Page.handleJavaScriptDialog", obj().put("accept", true));
                            } catch (Exception e) {
                                errors.add("could not dismiss dialog: " + e);
                            }
                        });
                        t.setDaemon(true);
                        t.start();
                    }
                    default -> { }
                }
            } catch (IOException e) {
                errors.add("unreadable DevTools message: " + e);
            }
        }
    }
}
