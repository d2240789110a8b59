package vn.khotin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.search.ScoreDoc;
import vn.khotin.index.ArticleFeatures;

/**
 * The collapse stage of a search ({@link SearchStages.Stage#DEDUPE}): near-duplicate copies folded into their
 * first hit (when the request asks), the requested page cut from the groups, and each hit's copies in the archive
 * listed.
 */
final class DuplicateFolding {

    /** Two articles with the same title are copies when their SimHashes differ in at most this many bits. */
    static final int SAME_TITLE_MAX_DISTANCE = 16;

    /** A hit and the near-duplicate copies folded into it. */
    record Group(ScoreDoc first, List<Integer> copies) {}

    /** The groups of the requested page, their first documents, and the IDs of each one's copies. */
    record Page(List<Group> groups, int[] docIds, List<List<Long>> duplicates) {}

    private DuplicateFolding() {}

    static Page page(SegmentValues.View values, ScoreDoc[] docs, SearchPlan plan) throws IOException {
        SearchRequest request = plan.request();
        List<Group> groups = request.collapseDuplicates() ? collapse(values, docs)
                : Arrays.stream(docs).map(sd -> new Group(sd, new ArrayList<>())).toList();
        int end = Math.min(groups.size(), plan.window());
        List<Group> page = request.from() >= end ? List.of() : groups.subList(request.from(), end);
        int[] docIds = page.stream().mapToInt(g -> g.first().doc).toArray();
        List<List<Long>> duplicates = new ArrayList<>();
        for (Group g : page) {
            duplicates.add(duplicateIds(values, g));
        }
        return new Page(page, docIds, duplicates);
    }

    /**
     * Folds into an earlier hit the hits that copy it: a SimHash within the duplicate distance, or the same title
     * and a SimHash within {@link #SAME_TITLE_MAX_DISTANCE} (a republished copy with an edited paragraph).
     */
    private static List<Group> collapse(SegmentValues.View values, ScoreDoc[] docs) throws IOException {
        List<Group> groups = new ArrayList<>();
        List<Long> hashes = new ArrayList<>();
        List<Long> titles = new ArrayList<>();
        for (ScoreDoc sd : docs) {
            Long h = values.simhash(sd.doc);
            long title = values.titleHash(sd.doc);
            boolean folded = false;
            if (h != null) {
                for (int k = 0; k < groups.size(); k++) {
                    Long other = hashes.get(k);
                    if (other != null && (NearDuplicates.same(h, other) || (title != 0 && title == titles.get(k)
                            && ArticleFeatures.distance(h, other) <= SAME_TITLE_MAX_DISTANCE))) {
                        groups.get(k).copies().add(sd.doc);
                        folded = true;
                        break;
                    }
                }
            }
            if (!folded) {
                groups.add(new Group(sd, new ArrayList<>()));
                hashes.add(h);
                titles.add(title);
            }
        }
        return groups;
    }

    /** The IDs of a hit's near-duplicate copies: those folded into it and any others in the archive. */
    private static List<Long> duplicateIds(SegmentValues.View values, Group g) throws IOException {
        List<Long> dupIds = new ArrayList<>();
        TreeSet<Integer> copies = new TreeSet<>(g.copies());
        Long h = values.simhash(g.first().doc);
        if (h != null) {
            copies.addAll(values.copies(h, g.first().doc));
        }
        for (int doc : copies) {
            dupIds.add(values.id(doc));
        }
        return dupIds;
    }
}
