package vn.khotin.web.api;

/** A JSON response body: the only kind of value the handlers hand to Javalin's {@code Context.json}. */
public sealed interface ApiBody permits SearchResponse, ArticleResponse, ArticleRelatedResponse, DraftRelatedResponse,
        SuggestResponse, AnalyzeResponse, CrawlStatusResponse, ErrorResponse, HealthResponse, AdminResponse {}
