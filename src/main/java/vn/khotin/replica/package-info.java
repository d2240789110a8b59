/**
 * A local replica of baohatinh.vn for tests, benchmarks and the offline demo. Entry point:
 * {@link vn.khotin.replica.ReplicaServer}; configuration: {@link vn.khotin.replica.ReplicaConfig};
 * ground truth of what a page shows: {@link vn.khotin.replica.ReplicaArticle}. The facts it follows are
 * in {@code ../shared/reference/baohatinh-structure.md} (cited below as §n).
 *
 * <h2>Starting it</h2>
 * <pre>{@code
 * try (ReplicaServer r = ReplicaServer.startWithSamples()) {          // 35 sample articles, no faults
 *     URI base = r.baseUri();                                         // http://127.0.0.1:<port>/
 * }
 * ReplicaServer r = ReplicaServer.start(ReplicaConfig.builder()
 *         .port(0).corpus(Path.of("big.jsonl.gz")).faults(Set.of(Fault.CONDITIONAL)).seed(42).build());
 * }</pre>
 * CLI: {@code khotin replica [--port P] [--corpus FILE] [--faults a,b|all] [--seed N] [--crawl-delay S]
 * [--date-style …] [--related-title …] [--no-boilerplate] [--image-mode …] [--redirect-mode …]
 * [--pagination …] [--max-pages N] [--feed-style …] [--no-samples] [--log FILE]} prints the base URL on
 * standard output and serves until Ctrl-C.
 *
 * <h2>Pages (all on the replica's origin; {@code <ID>} is the article ID)</h2>
 * <table>
 * <caption>URLs</caption>
 * <tr><th>URL</th><th>answer</th></tr>
 * <tr><td>{@code /}</td><td>home: newest stories, a box per section, topics; with faults, a "Đáng chú ý" box
 *     linking the fault pages</td></tr>
 * <tr><td>{@code /<section>/}, {@code ?page=N}</td><td>section listing, 20 cards a page (§4 card form
 *     {@code article.story > h3.story__heading > a.cms-link}, {@code div.story__meta time[datetime]},
 *     {@code div.story__summary}); {@code NUMBERED}: {@code nav.pagination} + {@code link rel=prev/next};
 *     {@code LOAD_MORE}: a "Xem thêm" button, fragments at {@code /ajax/<section>/page-N.html} (204 past the
 *     end). {@code /<section>} 301s to the slash form; old sections ({@code /nong-nghiep/}) 301 to their
 *     current section. Pages past the end or past {@code maxPages} answer 404.</td></tr>
 * <tr><td>{@code /tin-moi.html}, {@code ?page=N}</td><td>all sections, newest first; "title twice + sapo"
 *     cards</td></tr>
 * <tr><td>{@code /<slug>-post<ID>.html}</td><td>article page (§6.4, below). Wrong slug or a trailing
 *     slash: 301 to the canonical URL. Query strings are ignored (the canonical link is clean).</td></tr>
 * <tr><td>{@code /<slug>-post<ID>.amp}</td><td>AMP form ({@code html ⚡}, {@code amp-img}, canonical to
 *     the .html)</td></tr>
 * <tr><td>{@code /<category>/<slug>/<ID>.htm}, {@code /video/<category>/<slug>/<ID>.htm}</td><td>old scheme,
 *     only for IDs below {@code currentEraStartId} (265000): {@code MOVED_301} (default) to the current
 *     URL, {@code BOTH_200} (same page, canonical names the new URL) or {@code GONE_404}</td></tr>
 * <tr><td>{@code /<slug>-tag<ID>.html}</td><td>tag page: {@code Từ khóa: "X"}, {@code N kết quả}, cards
 *     with time and sapo, prev/next; old {@code /tag/<slug>/} 301s here</td></tr>
 * <tr><td>{@code /chu-de/<slug>-<ID>.html}</td><td>topic page ({@link vn.khotin.replica.Topic}); old
 *     {@code /topic/<slug>/<ID>/} 301s here</td></tr>
 * <tr><td>{@code /rss/home.rss}</td><td>RSS 2.0, newest 50; {@code description} = CDATA with image, then
 *     {@code <i>(Baohatinh.vn)</i> - sapo}; {@code pubDate} RFC 822 with {@code +0700}</td></tr>
 * <tr><td>{@code /rss/<slug>.rss}, {@code /rss/<zoneslug>-<zoneId>.rss}, {@code /rss/<slug>.xml}</td>
 *     <td>per-section feeds, all three forms served; pages link the {@code feedStyle} one</td></tr>
 * <tr><td>{@code /sitemap.xml}</td><td>sitemap index: {@code /sitemaps/categories.xml} and one
 *     {@code /sitemaps/news-YYYY-M.xml} per month (month not zero-padded, {@code lastmod} = newest edit);
 *     {@code .xml.gz} forms when {@code gzipSitemaps}</td></tr>
 * <tr><td>{@code /robots.txt}</td><td>{@code User-agent: *}, {@code Disallow: /tim-kiem}, {@code /print/},
 *     {@code /binh-luan}, {@code Crawl-delay} (0.5 s by default), {@code Sitemap:}; and a
 *     {@code User-agent: GPTBot / Disallow: /} group</td></tr>
 * <tr><td>{@code /print/<slug>-post<ID>.html}</td><td>print form, disallowed by robots.txt (linked from each
 *     article's share bar: a polite crawler never fetches it)</td></tr>
 * <tr><td>{@code /images/<64 hex>/<file>}, {@code /w1000/news/<YYWW>/<file>}</td><td>tiny JPEG/PNG/GIF
 *     placeholders (current-era and old-era CDN forms, §2)</td></tr>
 * <tr><td>{@code /video/}, {@code /video/<slug>/<n>}, {@code /tv/}, {@code /tv/<slug>-<n>.html},
 *     {@code /tv/gia-vang}, {@code /cong-cu/gia-xang-dau/ron95}, {@code /cong-cu/thoi-tiet},
 *     {@code /cong-cu/lich-am/<dd-mm-yyyy>}, {@code /cong-cu/xo-so/mien-bac}, {@code /multimedia/},
 *     {@code /emagazine/}, {@code /podcast/}, {@code /short-video/}, {@code /epaper/}, {@code /tim-kiem}</td>
 *     <td>non-article pages a crawler must not index as articles (none matches {@code -post\d+\.html})</td></tr>
 * <tr><td>{@code /assets/…}</td><td>tiny CSS, JS, PNG</td></tr>
 * <tr><td>anything else</td><td>404 HTML page "Không tìm thấy trang"</td></tr>
 * </table>
 *
 * <h2>Article page (§6.4, §6.5)</h2>
 * Head: {@code <title>{title} | Báo Hà Tĩnh}, description, keywords, canonical, amphtml, og:*,
 * {@code article:published_time} / {@code modified_time} / {@code section} / {@code tag}, twitter:*,
 * {@code meta.cms-date[itemprop=datePublished]}, {@code meta[property=dable:author]}, JSON-LD
 * {@code NewsArticle} and {@code BreadcrumbList}. Body: header menu of {@code a.cms-link}, top ad slots,
 * {@code div.breadcrumbs}, {@code article.article} with {@code h1.article__title.cms-title},
 * {@code div.article__meta} ({@code .cms-author}, {@code time.time[datetime]} +07:00 with the visible date in
 * the era's {@code DateStyle}), share bar, {@code div.article__sapo.cms-desc} ("(Baohatinh.vn) - …"),
 * {@code figure.article__avatar}, {@code div.article__body.zce-content-body.cms-body} (paragraphs,
 * {@code blockquote} + attribution paragraph, {@code figure.image > img.cms-photo + figcaption},
 * {@code div.ads_middle}, {@code div#adsWeb_AdsArticleMiddle}, optional inline related box
 * {@code div.related-news > article.story > a.cms-relate}, and the byline as the last
 * {@code <p><strong>…</strong></p>}), {@code div.article__tag} ("Từ khóa:" / old era "Từ khoá:"), then
 * {@code section.related} (heading per {@code RelatedTitle}, 5 {@code article.story} cards), on old-era pages
 * the author box twice, the comment templates ({@code {name} - {time}}, {@code Trả lời}, {@code {body}},
 * {@code 0 bình luận}, "Ý kiến của bạn sẽ được biên tập trước khi đăng…"), "Các tin đã đưa", sidebar
 * ("Tin mới", old era "Video mới"), weather box, "Hãy chia sẻ với bạn bè!" / "Tắt [X]", footer (§10).
 * The extractor's expected fields are {@link vn.khotin.replica.ReplicaArticle}: title, sapo without the
 * source mark, body paragraphs (no captions, no byline), figure captions with credits, author, published,
 * updated, category, tags, related IDs ({@code ReplicaServer#article}, {@code #imageUrls}).
 *
 * <h2>Switches ({@link vn.khotin.replica.ReplicaConfig}, per era via {@link vn.khotin.replica.EraStyle})</h2>
 * <ul>
 * <li>{@code EraStyle}: {@code dateStyle} DMY_HM | WEEKDAY | PIPE; {@code relatedTitle} TIN_LIEN_QUAN |
 *     DOC_THEM | TIN_CUNG_CHUYEN_MUC | TIN_MOI; {@code relatedCount}; {@code inlineRelated};
 *     {@code comments}, {@code olderNews}, {@code weather}, {@code sharePrompt}; {@code imageMode}
 *     DATA_SRC | DATA_ORIGINAL | SRC; {@code altMode} TITLE | FILE_NAME; {@code entities} minimal | named |
 *     numeric. Old era defaults: alt = title, inline related box, named entities; current: alt = file name.
 *     A sample article may force its entity style ({@code "entities"} field).</li>
 * <li>{@code currentEraStartId} (265000), {@code redirectMode}, {@code pagination}, {@code pageSize},
 *     {@code maxPages}, {@code titleSuffix}, {@code feedStyle}, {@code gzipSitemaps},
 *     {@code crawlDelaySeconds}, {@code latencyMillis}, {@code threads}, {@code requestLogCapacity}.</li>
 * </ul>
 *
 * <h2>Faults ({@link vn.khotin.replica.Fault}; {@code ReplicaServer#faultTargets} names the URLs hit)</h2>
 * RATE_LIMIT_429 (over {@code rateLimitPerSecond}, and first visit of targets; {@code Retry-After}),
 * UNAVAILABLE_503 (first two visits of targets; Retry-After in seconds or HTTP-date), INTERMITTENT_500
 * ({@code errorRate} of HTML requests, per path and visit), SLOW ({@code slowMillis}), CONNECTION_RESET (TCP
 * RST on first visit), TRUNCATED_BODY (half the announced Content-Length on first visit), REDIRECTS
 * ({@code /go/<ID>} 302 → old .htm 301 → article; {@code /vong-lap/a} ⇄ {@code /vong-lap/b}),
 * CHARSET_MISMATCH (header ISO-8859-1, bytes and meta UTF-8), GZIP_ALWAYS (gzip without Accept-Encoding;
 * gzip is otherwise used when asked for), LARGE_PAGE (a ≈5 MB article), NON_HTML (a PDF at a
 * {@code -post<ID>.html} URL), URL_VARIANTS (links with utm_*, fbclid, {@code https://} — not served,
 * a crawler must fold it onto the http origin — or a trailing slash, which 301s), UPDATED_ARTICLE (targets
 * gain a paragraph and a new modified time on every visit after the first), CONDITIONAL (ETag and
 * Last-Modified; 304 to If-None-Match / If-Modified-Since; an article's validators depend only on that
 * article's version, so adding articles does not change them). Visits are counted per path (query left out) for
 * the 65,536 paths asked for most recently; a path forgotten counts from its first visit again.
 *
 * <h2>Request log</h2>
 * {@code ReplicaServer#requests()} returns {@link vn.khotin.replica.RecordedRequest}s (time, method, path,
 * query, lower-case headers, status — 0 for a reset —, body bytes sent, fault);
 * {@code #dumpRequests(Path)} writes them as JSON Lines.
 *
 * <h2>Corpora</h2>
 * JSON Lines, plain or .gz (decompressed once to a temporary file): {@code id}, {@code title},
 * {@code sapo}, {@code body} (paragraphs separated by {@code \n}), {@code category}, {@code date}; optional
 * {@code author}, {@code tags}, {@code related}, and the replica's {@code slug}, {@code updated},
 * {@code entities}, {@code images} ({@code [{"file","caption","after"}]}). Numeric ids are used as they
 * are; other ids get stable IDs near the ID their date implies (§3.2), or in 60000–310000 from their hash.
 * Missing dates derive from the ID, missing sections from a hash; corpus labels such as {@code business}
 * map to sections. Only a compact index is kept in memory; pages are rendered from the line on demand.
 *
 * <h2>Scale</h2>
 * {@code khotin bench replica} builds a 100,000-article corpus from {@code ../shared/corpus/vi-news.jsonl.gz}
 * and prints startup time, heap after GC and page render times. Measured on the 2-core build machine while
 * other builds ran (load average ≈ 10): heap after GC ≈ 30 MB with 100,035 articles; indexing the 332 MB
 * plain file takes ≈ 2 s of CPU (8–13 s wall under that load); article pages median 2–7 ms.
 */
package vn.khotin.replica;
