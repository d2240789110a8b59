package vn.khotin.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Research exports: the columns a researcher needs, the body on request, a file name that says what it is. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private WebFixture web;

    @BeforeAll
    void start() {
        web = new WebFixture();
    }

    @AfterAll
    void stop() throws Exception {
        web.close();
    }

    @Test
    void jsonLinesCarryAuthorTagsPlacesCategoryWordCountLinksAndCitation() throws Exception {
        HttpResponse<String> r = web.get("/api/v1/export?format=jsonl&q=" + WebServerTest.q("cầu ngư"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode row = JSON.readTree(r.body().split("\n")[0]);
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "url", "permalink", "title", "published", "category", "author", "tags",
                "places", "wordCount", "sapo", "citation", "allWords");
        assertThat(row.get("author").asText()).isEqualTo("Lê Tuấn");
        assertThat(row.get("tags").isArray()).isTrue();
        assertThat(row.get("tags").get(0).asText()).isEqualTo("Xã hội");
        assertThat(row.get("places").isArray()).isTrue();
        JsonNode article = JSON.readTree(web.get("/api/v1/articles/" + row.get("id").asLong()).body());
        assertThat(row.get("places")).isEqualTo(article.get("places"));
        assertThat(JSON.readTree(web.get("/api/v1/export?format=jsonl&fields=places&q=" + WebServerTest.q("Kỳ Ninh"))
                .body().split("\n")[0]).get("places").toString()).contains("Kỳ Ninh");
        assertThat(row.get("category").asText()).isEqualTo("Xã hội");
        assertThat(row.get("wordCount").asInt()).isBetween(30, 80);
        assertThat(row.get("url").asText()).startsWith("https://baohatinh.vn/");
        assertThat(row.get("permalink").asText()).isEqualTo(web.base() + "/bai/" + row.get("id").asLong());
        assertThat(row.get("citation").asText()).contains("Lê Tuấn", "Báo Hà Tĩnh", row.get("url").asText(),
                row.get("permalink").asText());
        assertThat(row.has("body")).isFalse();
    }

    @Test
    void theBodyAndAChoiceOfFieldsOnRequest() throws Exception {
        String q = WebServerTest.q("cầu ngư");
        JsonNode all = JSON.readTree(web.get("/api/v1/export?format=jsonl&fields=all&q=" + q).body().split("\n")[0]);
        assertThat(all.get("body").asText()).contains("Đây là bài số", "\n\n");
        JsonNode some = JSON.readTree(web.get("/api/v1/export?format=jsonl&fields=title,body,id&q=" + q).body()
                .split("\n")[0]);
        List<String> names = new ArrayList<>();
        some.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("title", "body", "id");
        String csv = web.get("/api/v1/export?format=csv&fields=id,tags,places,body&q=" + q).body();
        assertThat(csv.split("\r\n")[0]).isEqualTo("\uFEFFid,tags,places,body");
        HttpResponse<String> bad = web.get("/api/v1/export?fields=id,noi-dung");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("'fields'", "noi-dung", "body");
    }

    @Test
    void theFileNameSaysWhatWasSearchedAndWhen() {
        String today = LocalDate.now(vn.khotin.model.VietnamTime.ZONE).toString();
        HttpResponse<String> r = web.get("/api/v1/export?format=csv&q=" + WebServerTest.q("Lũ lụt"));
        assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"khotin-lu-lut-" + today + ".csv\"");
        HttpResponse<String> filtered = web.get("/api/v1/export?format=jsonl&category=" + WebServerTest.q("Xã hội")
                + "&since=2024");
        assertThat(filtered.headers().firstValue("Content-Disposition").orElse(""))
                .contains("khotin-xa-hoi-tu-2024-01-01-" + today + ".jsonl");
        HttpResponse<String> everything = web.get("/api/v1/export");
        assertThat(everything.headers().firstValue("Content-Disposition").orElse(""))
                .contains("khotin-tat-ca-" + today + ".csv");
    }

    @Test
    void theStreamedExportIsTheWholeResultSetInTheSearchesOrder() throws Exception {
        String q = WebServerTest.q("lúa");
        JsonNode search = JSON.readTree(web.get("/api/v1/search?q=" + q + "&sort=newest&size=100&collapse=false").body());
        List<Long> ids = new ArrayList<>();
        search.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
        String[] rows = web.get("/api/v1/export?format=jsonl&fields=id&sort=newest&q=" + q).body().split("\n");
        List<Long> exported = new ArrayList<>();
        for (String row : rows) {
            exported.add(JSON.readTree(row).get("id").asLong());
        }
        assertThat(exported).containsExactlyElementsOf(ids);
        assertThat(exported).hasSize(search.get("total").asInt());
    }

    /**
     * A search shown corrected (Telex typed with the input method off) or relaxed (no article has every word)
     * exports the rows the page shows, in its order, as many as its headers say: the export streamed the typed
     * query's strict matches, an empty file under "X-Export-Rows: 29".
     */
    @Test
    void aCorrectedOrRelaxedSearchExportsWhatThePageShows() throws Exception {
        for (String typed : List.of("caauf nguw", "cầu ngư xyzkhông")) {
            String q = WebServerTest.q(typed);
            JsonNode search = JSON.readTree(web.get("/api/v1/search?q=" + q + "&size=100&collapse=false").body());
            assertThat(search.path("correctedQuery").isTextual() || search.path("relaxed").asBoolean())
                    .as("%s is shown corrected or relaxed: %s", typed, search).isTrue();
            List<Long> ids = new ArrayList<>();
            List<Boolean> allWords = new ArrayList<>();
            search.get("hits").forEach(h -> ids.add(h.get("id").asLong()));
            search.get("hits").forEach(h -> allWords.add(h.get("allWords").asBoolean()));
            HttpResponse<String> r = web.get("/api/v1/export?format=jsonl&fields=id,allWords&q=" + q);
            List<Long> exported = new ArrayList<>();
            List<Boolean> exportedAllWords = new ArrayList<>();
            for (String row : r.body().split("\n")) {
                if (!row.isBlank()) {
                    exported.add(JSON.readTree(row).get("id").asLong());
                    exportedAllWords.add(JSON.readTree(row).get("allWords").asBoolean());
                }
            }
            assertThat(exported).as(typed).isNotEmpty().containsExactlyElementsOf(ids);
            // a relaxed search's export says which rows lack a word, as its page does
            assertThat(exportedAllWords).as(typed).containsExactlyElementsOf(allWords);
            assertThat(r.headers().firstValue("X-Export-Rows")).as(typed).contains(Integer.toString(exported.size()));
        }
    }

    /**
     * A script asks HEAD for the counts before it downloads: HEAD answered 200 with none of the export's headers
     * (Javalin answers HEAD for a GET route without running it).
     */
    @Test
    void headGivesTheCountsAndFileNameOfTheExportWithoutItsRows() throws Exception {
        for (String query : List.of("lúa", "cầu ngư xyzkhông")) {
            String url = "/api/v1/export?format=jsonl&fields=id&q=" + WebServerTest.q(query);
            HttpResponse<String> get = web.get(url);
            HttpResponse<String> head = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + url))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.statusCode()).isEqualTo(200);
            for (String header : List.of("X-Total-Count", "X-Export-Rows", "X-Export-Cap", "Content-Disposition",
                    "Content-Type")) {
                assertThat(head.headers().firstValue(header)).as("%s of %s", header, query).isPresent()
                        .isEqualTo(get.headers().firstValue(header));
            }
            assertThat(Long.parseLong(head.headers().firstValue("X-Export-Rows").orElseThrow())).as(query)
                    .isPositive().isEqualTo(get.body().lines().count());
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Length")).as("no promise of an empty file").isEmpty();
        }
        HttpResponse<String> bad = web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base()
                + "/api/v1/export?format=xml")).method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    /**
     * A parameter the export does not read is a 400 naming it and listing those it reads: a misspelt filter
     * ({@code fromm=2020}) exported every match in silence, and so did {@code page} and {@code from}.
     */
    @Test
    void aParameterTheExportDoesNotReadIsA400NamingIt() throws Exception {
        String lua = "/api/v1/export?format=jsonl&fields=id&q=" + WebServerTest.q("lúa");
        HttpResponse<String> typo = web.get(lua + "&fromm=2020");
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(error(typo)).contains("'fromm'", "không dùng được khi tải dữ liệu", "since, until", "size");
        HttpResponse<String> page = web.get(lua + "&page=2");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(error(page)).contains("'page'", "bắt đầu từ kết quả đầu tiên");
        HttpResponse<String> twice = web.get(lua + "&q=" + WebServerTest.q("bão"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(error(twice)).contains("'q'", "một giá trị");
        assertThat(head(lua + "&fromm=2020").statusCode()).isEqualTo(400);
        assertThat(web.get(lua + "&category=a&category=b&since=2020&until=2030&exact=false&sort=newest&collapse=true")
                .statusCode()).as("every parameter it reads, filters repeated").isEqualTo(200);
    }

    /** {@code size} is the most rows an export writes, the first in its order: it was ignored, every row written. */
    @Test
    void sizeIsTheMostRowsAnExportWrites() throws Exception {
        String lua = "/api/v1/export?format=jsonl&fields=id&sort=newest&q=" + WebServerTest.q("lúa");
        List<Long> all = ids(web.get(lua).body());
        assertThat(all).hasSizeGreaterThan(3);
        HttpResponse<String> three = web.get(lua + "&size=3");
        assertThat(ids(three.body())).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(three.headers().firstValue("X-Export-Rows")).contains("3");
        assertThat(three.headers().firstValue("X-Total-Count")).contains(Integer.toString(all.size()));
        assertThat(head(lua + "&size=3").headers().firstValue("X-Export-Rows")).contains("3");
        assertThat(ids(web.get(lua + "&size=3&collapse=true").body())).hasSize(3);
        assertThat(ids(web.get(lua + "&size=100000").body())).as("not a page's size, at most 100")
                .containsExactlyElementsOf(all);
        HttpResponse<String> none = web.get(lua.replace("format=jsonl", "format=csv") + "&size=0");
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(none.body()).isEqualTo("\uFEFFid\r\n");
        assertThat(none.headers().firstValue("X-Export-Rows")).contains("0");
        HttpResponse<String> negative = web.get(lua + "&size=-1");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(error(negative)).contains("'size'", "từ 0");
        // the results page's links export every row, whatever its own page size
        String html = web.get("/?q=" + WebServerTest.q("lúa") + "&size=2&sort=newest").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/api/v1/export[^\"]*format=jsonl)\"")
                .matcher(html);
        assertThat(link.find()).as(html).isTrue();
        String href = link.group(1).replace("&amp;", "&");
        assertThat(href).doesNotContain("size=");
        assertThat(web.get(href).body().lines().count()).isEqualTo(all.size());
    }

    /**
     * With copies folded, {@code X-Export-Rows} (of GET and HEAD) is the number of rows written: it was the search's
     * total, which counts every copy (a trial: 328 announced, 327 written). Two copies of one story here (the same
     * title, a sentence added to the second), besides the fixture's own pair, in an export of every article: two pages of results.
     */
    @Test
    void foldedCopiesAreNotCountedInTheRowsAnnounced() throws Exception {
        List<vn.khotin.model.Article> articles = new ArrayList<>(WebFixture.articles());
        List<String> story = List.of(
                "Sáng nay, tỉnh Hà Tĩnh khởi công xây dựng cầu Cửa Hội mới bắc qua sông Lam, nối thị xã Nghi Xuân với "
                        + "thành phố Vinh; cầu dài hơn một nghìn mét, có bốn làn xe và hai làn đường dành cho người đi bộ.",
                "Theo chủ đầu tư, công trình dự kiến hoàn thành sau ba năm, giúp giảm ùn tắc trên quốc lộ 1 và mở "
                        + "thêm đường cho du khách về các bãi biển của huyện Nghi Xuân vào mùa hè.");
        for (int copy = 0; copy < 2; copy++) {
            long id = 900_101 + copy;
            List<String> body = copy == 0 ? story
                    : List.of(story.get(0), story.get(1) + " Người dân trong vùng rất phấn khởi.");
            articles.add(new vn.khotin.model.Article(id, "https://baohatinh.vn/cau-cua-hoi-post" + id + ".html",
                    "Hà Tĩnh khởi công cầu Cửa Hội mới", "Cầu Cửa Hội mới nối Hà Tĩnh với Nghệ An.", "Baohatinh.vn",
                    body, List.of(), "Thu Trang", java.time.OffsetDateTime.of(2025, 3, 2 + copy, 8, 0, 0, 0,
                            WebFixture.VN), null, "Kinh tế", List.of(), List.of("Giao thông"), List.of(), List.of(),
                    vn.khotin.model.ExtractionMethod.PROFILE));
        }
        for (int n = 0; n < 20; n++) { // more articles, unlike any other: the export reads two pages
            int first = n * 1000;
            List<String> numbers = java.util.stream.IntStream.range(0, 40).mapToObj(k -> Integer.toString(first + k)).toList();
            articles.add(new vn.khotin.model.Article(910_000 + n, "https://baohatinh.vn/tin-post" + (910_000 + n)
                    + ".html", "Tin vắn số " + n, "", "Baohatinh.vn", List.of(String.join(", ", numbers) + "."),
                    List.of(), "", java.time.OffsetDateTime.of(2022, 1, 1 + n, 8, 0, 0, 0, WebFixture.VN), null,
                    "Tin vắn", List.of(), List.of(), List.of(), List.of(), vn.khotin.model.ExtractionMethod.PROFILE));
        }
        try (WebFixture copies = new WebFixture(articles)) {
            String q = "&sort=oldest"; // every article
            List<Long> shown = new ArrayList<>();
            long total = 0;
            for (int page = 1; page <= 3; page++) {
                JsonNode search = JSON.readTree(copies.get("/api/v1/search?size=100&page=" + page + q).body());
                search.get("hits").forEach(h -> shown.add(h.get("id").asLong()));
                total = search.get("total").asLong();
            }
            assertThat(shown).as("the copies are folded on the results pages").hasSizeGreaterThan(100)
                    .hasSizeLessThan((int) total).doesNotHaveDuplicates();
            assertThat(shown.stream().filter(id -> id == 900_101L || id == 900_102L)).hasSize(1);
            String url = "/api/v1/export?format=jsonl&fields=id&collapse=true" + q;
            HttpResponse<String> get = copies.get(url);
            List<Long> exported = ids(get.body());
            assertThat(exported).containsExactlyElementsOf(shown);
            assertThat(get.headers().firstValue("X-Export-Rows")).contains(Integer.toString(exported.size()));
            assertThat(get.headers().firstValue("X-Total-Count")).contains(Long.toString(total));
            HttpResponse<String> head = copies.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(copies.base() + url))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            assertThat(head.headers().firstValue("X-Export-Rows")).contains(Integer.toString(exported.size()));
            assertThat(copies.get(url + "&size=101").headers().firstValue("X-Export-Rows")).contains("101");
        }
    }

    private static List<Long> ids(String jsonLines) throws Exception {
        List<Long> out = new ArrayList<>();
        for (String row : jsonLines.split("\n")) {
            if (!row.isBlank()) {
                out.add(JSON.readTree(row).get("id").asLong());
            }
        }
        return out;
    }

    private static String error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").asText();
    }

    private HttpResponse<String> head(String path) {
        return web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + path))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }

    /**
     * A hundred thousand rows, body included, through the export's streaming path in a JVM of 48 MB: the rows
     * (some 100 MB of text) could never be held at once, so the test passes only if the export streams.
     */
    @Test
    void aHundredThousandRowsStreamInASmallHeap(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        int n = 100_000;
        int distinct = 1_000;
        String paragraph = "Mưa lớn kéo dài khiến nước sông Ngàn Sâu dâng cao, nhiều thôn ở Hương Khê bị chia cắt; "
                + "lực lượng cứu hộ đã sơ tán người dân đến nơi an toàn và hỗ trợ lương thực, nước uống.";
        long t0 = System.nanoTime();
        java.nio.file.Path seed = tmp.resolve("seed");
        java.nio.file.Path big = tmp.resolve("big");
        try (vn.khotin.index.ArticleIndex index = vn.khotin.index.ArticleIndex.open(seed,
                vn.khotin.index.IndexOptions.BULK)) {
            for (int i = 0; i < distinct; i++) {
                index.upsert(new vn.khotin.index.IndexedArticle(new vn.khotin.model.Article(1_000_000L + i,
                        "https://baohatinh.vn/lu-post" + (1_000_000 + i) + ".html", "Lũ lụt ở Hương Khê, bài " + i, "",
                        "", java.util.Collections.nCopies(4, paragraph + " " + i), List.of(), "Phóng viên",
                        java.time.OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(7))
                                .plusMinutes(i), null, "Xã hội", List.of(), List.of("Mưa lũ"), List.of(), List.of(),
                        vn.khotin.model.ExtractionMethod.PROFILE), null, null));
            }
            index.commit();
        }
        // The same thousand articles a hundred times over: a large result set without analysing it all again.
        try (var seedDir = org.apache.lucene.store.FSDirectory.open(seed);
                var bigDir = org.apache.lucene.store.FSDirectory.open(big);
                var writer = new org.apache.lucene.index.IndexWriter(bigDir, new org.apache.lucene.index.IndexWriterConfig()
                        .setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int copy = 0; copy < n / distinct; copy++) {
                writer.addIndexes(seedDir);
            }
            writer.commit();
        }
        System.out.printf("indexed %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        List<String> command = List.of(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                ExportMemoryCheck.class.getName(), big.toString(), "lũ lụt", "JSONL");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        System.out.print(out);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rows=(\\d+) bytes=(\\d+)").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(n);
        assertThat(Long.parseLong(m.group(2))).as("bytes written: far more than the heap").isGreaterThan(96L << 20);
    }
}
