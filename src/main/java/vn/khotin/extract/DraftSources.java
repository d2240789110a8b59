package vn.khotin.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import vn.khotin.model.ExtractionMethod;

/**
 * The article's fields gathered from the page's sources, strongest first: the profile's selectors
 * ({@link ProfileSource}), the JSON-LD {@code NewsArticle}, the OpenGraph/meta tags ({@link StructuredData}), then
 * the generic heuristic ({@link HeuristicSource}). The first that gives the text is the article's method; the
 * others only fill what it left empty. The sources are read in a fixed order because reading a body removes
 * figures and furniture from the page's tree, which the later ones then no longer see.
 */
final class DraftSources {

    /** The gathered fields, with the source that gave the text. */
    record Sourced(Draft draft, ExtractionMethod method) {}

    private DraftSources() {
    }

    static Sourced gather(Page page) {
        Draft profiled = ProfileSource.read(page);
        if (profiled != null && !profiled.sapo.isEmpty() && !profiled.author.isEmpty()
                && profiled.published != null && !profiled.category.isEmpty()) {
            // The profile found everything the other sources could add; skip parsing them (most pages).
            return withRelatedLists(page, profiled, ExtractionMethod.PROFILE);
        }
        StructuredData.JsonLd ld = StructuredData.jsonLd(page);
        StructuredData.Meta meta = StructuredData.meta(page);
        Draft visible = HeuristicSource.visibleMetadata(page);
        if (profiled != null) {
            if (ld.article() != null) {
                profiled.fillMetadataFrom(ld.article());
            }
            profiled.fillMetadataFrom(meta.draft()).fillMetadataFrom(visible);
            return withRelatedLists(page, profiled, ExtractionMethod.PROFILE);
        }
        Draft draft;
        ExtractionMethod method;
        if (ld.article() != null) {
            draft = ld.article();
            method = ExtractionMethod.JSON_LD;
        } else if (meta.looksLikeArticle()) {
            draft = meta.draft();
            method = ExtractionMethod.META;
        } else {
            draft = new Draft();
            draft.title = HeuristicSource.title(page);
            method = ExtractionMethod.HEURISTIC;
        }
        fillWithoutProfile(page, draft, ld, meta, visible);
        return withRelatedLists(page, draft, method);
    }

    /** Without the profile every field may come from a weaker source, the body from the heuristic included. */
    private static void fillWithoutProfile(Page page, Draft draft, StructuredData.JsonLd ld, StructuredData.Meta meta,
            Draft visible) {
        if (draft.body.isEmpty()) {
            adoptHeuristicBody(page, draft);
        }
        if (ld.article() != null) {
            draft.fillFrom(ld.article());
        }
        draft.fillFrom(meta.draft()).fillFrom(visible);
        if (draft.breadcrumb.isEmpty()) {
            draft.breadcrumb = ld.breadcrumb();
        }
        draft.relatedIds.addAll(HeuristicSource.relatedByHeading(page));
    }

    /** Structured data states no body: the text, its quotes and its images come from the main content block. */
    private static void adoptHeuristicBody(Page page, Draft draft) {
        Draft main = HeuristicSource.body(page);
        draft.body = main.body;
        draft.quotes = main.quotes;
        if (draft.captions.isEmpty()) {
            draft.captions = main.captions;
        }
        if (draft.relatedIds.isEmpty()) {
            draft.relatedIds = main.relatedIds;
        }
        List<String> images = new ArrayList<>(draft.imageUrls);
        images.addAll(main.imageUrls);
        draft.imageUrls = images;
    }

    /** Adds the articles linked from the profile's related lists, whichever source gave the text. */
    private static Sourced withRelatedLists(Page page, Draft draft, ExtractionMethod method) {
        List<Long> related = new ArrayList<>(draft.relatedIds);
        for (Element list : page.all(page.doc, page.rules.related())) {
            related.addAll(page.linkedIds(list));
        }
        draft.relatedIds = related;
        return new Sourced(draft, method);
    }
}
