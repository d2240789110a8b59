package vn.khotin.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.khotin.model.Capture;
import vn.khotin.model.Article;

/**
 * Random and mutated HTML: whatever the input, {@link ArticleExtractor#extractDetailed} returns a result (no
 * exception escapes) and stays within its time limit. The bound checked is the profile's own limit plus a
 * generous margin for a loaded build machine; throughput is measured by {@code khotin bench extract}, not here.
 */
class ExtractorFuzzTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Profiles.baohatinh());
    private static final long LIMIT_NANOS = (Profiles.baohatinh().limits().timeLimitMillis() + 3_000) * 1_000_000L;
    private static final List<String> SEEDS = List.of("current-default.html", "current-weekday.html",
            "current-pipe.html", "old-2019.htm", "redesign-jsonld.html", "redesign-meta.html", "redesign-bare.html",
            "tag-page.html", "video-empty.htm");
    private static final List<String> URLS = List.of(
            "https://baohatinh.vn/bai-viet-post306120.html", "http://baohatinh.vn/xa-hoi/bai/180796.htm",
            "https://baohatinh.vn/xa-hoi/", "https://baohatinh.vn/lens-tag146757.html", "not a url", "");
    private static final List<String> TYPES = List.of("text/html; charset=utf-8", "text/html; charset=iso-8859-1",
            "text/html; charset=windows-1258", "text/html; charset=utf-16", "text/html; charset=bogus", "",
            "text/plain", "application/xhtml+xml");

    @Property(tries = 300)
    void neverThrowsAndStaysBounded(@ForAll("captures") Capture capture) {
        long start = System.nanoTime();
        ExtractionOutcome outcome = EXTRACTOR.extractDetailed(capture);
        long elapsed = System.nanoTime() - start;
        assertThat(outcome.result()).isNotNull();
        if (outcome.result() instanceof ExtractionResult.Failed f) {
            assertThat(f.code()).isIn("empty-body", "timeout", "too-complex", "no-title");
        }
        if (outcome.result() instanceof ExtractionResult.Extracted e) {
            Article a = e.article();
            assertThat(a.title()).isNotBlank();
            assertThat(a.body()).allSatisfy(p -> assertThat(p).isNotBlank().doesNotContain("\u200B", "\uFFFD"));
        }
        assertThat(elapsed).isLessThan(LIMIT_NANOS);
    }

    @Provide
    Arbitrary<Capture> captures() {
        Arbitrary<byte[]> bodies = Arbitraries.oneOf(mutatedSeeds(), randomMarkup(), randomBytes());
        return Combinators.combine(Arbitraries.of(URLS), Arbitraries.of(TYPES), bodies)
                .as((url, type, body) -> Profiles.capture(url, body, type.isEmpty() ? null : type));
    }

    private Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
    }

    private Arbitrary<byte[]> randomMarkup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("<p>", "</p>", "<div class=\"article__body\">", "</div>", "<h1 class=\"article__title\">",
                        "</h1>", "<figure>", "<figcaption>", "<img data-src=\"//x/y.jpg\" src=\"data:,\">", "<table><tr><td>",
                        "<br>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "</script>",
                        "<meta property=\"og:type\" content=\"article\">", "<time datetime=\"2026-13-45T99:99\">", "&nbsp;",
                        "&#xFFFF;", "&bogus;", "<!--", "-->", "<![CDATA[", "\u200B", "(Baohatinh.vn) - ", "Ảnh: ", "\uFFFD",
                        "<a href=\"/x-post12.html\">", "</a>", "<blockquote>", "{name} - {time}"),
                Arbitraries.strings().ofMaxLength(40));
        return token.list().ofMaxSize(400).map(l -> String.join("", l).getBytes(StandardCharsets.UTF_8));
    }

    private Arbitrary<byte[]> mutatedSeeds() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS).map(n -> new String(Profiles.resource(n), StandardCharsets.UTF_8));
        Arbitrary<Mutation> mutation = Arbitraries.of(Mutation.values());
        return Combinators.combine(seed, mutation.list().ofMinSize(1).ofMaxSize(4), Arbitraries.longs())
                .as((html, ms, rnd) -> {
                    java.util.Random random = new java.util.Random(rnd);
                    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                    for (Mutation m : ms) {
                        bytes = m.apply(bytes, random);
                    }
                    return bytes;
                });
    }

    enum Mutation {
        TRUNCATE {
            byte[] apply(byte[] b, java.util.Random r) {
                return java.util.Arrays.copyOf(b, r.nextInt(b.length + 1));
            }
        },
        DUPLICATE {
            byte[] apply(byte[] b, java.util.Random r) {
                int from = r.nextInt(b.length + 1);
                int to = from + r.nextInt(b.length - from + 1);
                byte[] chunk = java.util.Arrays.copyOfRange(b, from, to);
                byte[] out = new byte[b.length + chunk.length * 3];
                System.arraycopy(b, 0, out, 0, to);
                for (int i = 0; i < 3; i++) {
                    System.arraycopy(chunk, 0, out, to + i * chunk.length, chunk.length);
                }
                System.arraycopy(b, to, out, to + chunk.length * 3, b.length - to);
                return out;
            }
        },
        NEST_DEEPLY {
            byte[] apply(byte[] b, java.util.Random r) {
                String s = new String(b, StandardCharsets.UTF_8);
                int at = r.nextInt(s.length() + 1);
                int depth = 1_000 + r.nextInt(20_000);
                String tag = r.nextBoolean() ? "div" : "span";
                return (s.substring(0, at) + ("<" + tag + ">").repeat(depth) + "x" + s.substring(at))
                        .getBytes(StandardCharsets.UTF_8);
            }
        },
        JUNK_BYTES {
            byte[] apply(byte[] b, java.util.Random r) {
                byte[] out = b.clone();
                for (int i = 0; i < 1 + r.nextInt(50) && out.length > 0; i++) {
                    out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                return out;
            }
        },
        FLIP_CHARSET {
            byte[] apply(byte[] b, java.util.Random r) {
                String s = new String(b, StandardCharsets.UTF_8);
                Charset to = List.of(StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, Charset.forName("windows-1258"))
                        .get(r.nextInt(3));
                return s.getBytes(to);
            }
        },
        DELETE_TAGS {
            byte[] apply(byte[] b, java.util.Random r) {
                String s = new String(b, StandardCharsets.UTF_8);
                return s.replaceAll(r.nextBoolean() ? "</[a-z]+>" : "<(p|div|figure)[^>]*>", "").getBytes(StandardCharsets.UTF_8);
            }
        };

        abstract byte[] apply(byte[] b, java.util.Random r);
    }
}
