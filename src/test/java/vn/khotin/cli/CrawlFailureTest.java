package vn.khotin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.model.CrawlStatus;
import vn.khotin.pipeline.SiteProfile;
import vn.khotin.web.WebConfig;

/**
 * A crawl that reaches nothing says so: a Vietnamese sentence, the reasons in the run report, the crawl API and
 * the status page, and a non-zero exit, instead of "Xong: 0 bài, 0 lỗi".
 */
class CrawlFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A loopback port nothing listens on. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static JsonNode report(Path data) throws Exception {
        try (Stream<Path> files = Files.list(data.resolve("reports"))) {
            Path file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            return JSON.readTree(file.toFile());
        }
    }

    @Test
    void anUnreachableOriginFailsSoonWithTheReasonsRecorded() throws Exception {
        String origin = "http://127.0.0.1:" + closedPort();
        Path data = tmp.resolve("data");
        long t0 = System.nanoTime();
        CliTest.Run r = CliTest.run("crawl", "--site", ReplicaCrawling.profile(tmp).toString(), "--origin", origin,
                "--data", data.toString());
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds to give up").isLessThan(30);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("Không kết nối được tới " + origin, "không kết nối được");
        assertThat(r.out()).contains("Thu thập thất bại").doesNotContain("Xong:");
        JsonNode report = report(data);
        assertThat(report.path("crawl").path("failuresByReason").path("connect-failed").asLong()).isPositive();
        assertThat(report.path("error").asText()).contains("Không kết nối được");
        assertThat(report.path("ending").asText()).isEqualTo("failed");
    }

    @Test
    void aSiteWhoseEveryPageFailsIsAFailedRun() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        site.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/robots.txt") ? 404 : 403, -1);
            exchange.close();
        });
        site.start();
        try {
            Path data = tmp.resolve("data");
            CliTest.Run r = CliTest.run("crawl", "--site", ReplicaCrawling.profile(tmp).toString(), "--origin",
                    "http://127.0.0.1:" + site.getAddress().getPort(), "--rate", "50", "--data", data.toString());
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("Không tải được trang nào", "HTTP 403");
            assertThat(report(data).path("crawl").path("failuresByReason").path("http-403").asLong()).isPositive();
        } finally {
            site.stop(0);
        }
    }

    @Test
    void theServerShowsTheFailureOnTheStatusPageAndTheCrawlApi() throws Exception {
        Options.Crawl crawl = new Options.Crawl();
        crawl.origin = "http://127.0.0.1:" + closedPort();
        crawl.site.file = ReplicaCrawling.profile(tmp);
        SiteProfile profile = crawl.profile();
        StringWriter out = new StringWriter();
        try (Serving serving = Serving.start(tmp.resolve("data"), WebConfig.defaults("127.0.0.1", 0), profile, 0,
                new PrintWriter(out, true), false)) {
            serving.crawl().start();
            assertThat(serving.crawl().awaitIdle()).isPresent();
            CrawlStatus status = serving.crawl().status();
            assertThat(status.lastError()).contains("Không kết nối được");
            assertThat(status.failuresByReason()).containsKey("connect-failed");
            String base = "http://127.0.0.1:" + serving.web().port();
            HttpClient http = HttpClient.newHttpClient();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/trang-thai")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(page).contains("Không kết nối được tới", "connect-failed — không kết nối được");
            JsonNode api = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/crawl")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(api.get("lastError").asText()).contains("Không kết nối được");
            assertThat(api.get("failuresByReason").get("connect-failed").asLong()).isPositive();
            assertThat(out.toString()).contains("Lỗi: Không kết nối được");
        }
        // after a restart the status still says why the last run failed (it is read from the report)
        try (Serving again = Serving.start(tmp.resolve("data"), WebConfig.defaults("127.0.0.1", 0), profile, 0,
                new PrintWriter(new StringWriter(), true), false)) {
            assertThat(again.crawl().status().lastError()).contains("Không kết nối được");
        }
    }

    @Test
    void runWithAnUnreachableOriginExitsNonZero() throws Exception {
        CliTest.Run r = CliTest.run("run", "--site", ReplicaCrawling.profile(tmp).toString(), "--origin",
                "http://127.0.0.1:" + closedPort(), "--port", "0", "--data", tmp.resolve("data").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("Không kết nối được").doesNotContain("Thu thập xong");
    }

    @Test
    void demoOnABusyPortCreatesNoDataDirectory() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path data = tmp.resolve("demo-data");
            CliTest.Run r = CliTest.run("demo", "--data", data.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("Cổng", Integer.toString(taken.getLocalPort()));
            assertThat(data).doesNotExist();
            Path serveData = tmp.resolve("serve-data");
            assertThat(CliTest.run("serve", "--data", serveData.toString(), "--create", "--port",
                    Integer.toString(taken.getLocalPort())).code()).isEqualTo(1);
            assertThat(serveData).doesNotExist();
        }
    }
}
