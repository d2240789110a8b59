package vn.khotin.replica;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only door into the replica's package-private renderer, for the extractor's field-level tests
 * (vn.khotin.extract.ReplicaArticlesTest). Owned by the extract stage; it only calls the replica, never
 * changes it. Replace with the replica's public API once it has one.
 */
public final class ReplicaTestAccess implements AutoCloseable {

    private final ArticleStore store;

    private ReplicaTestAccess(ArticleStore store) {
        this.store = store;
    }

    /** The replica's shipped sample articles. */
    public static ReplicaTestAccess samples() throws IOException {
        return new ReplicaTestAccess(ArticleStore.load(null, true));
    }

    public List<Long> ids() {
        return Arrays.stream(store.allIds()).boxed().toList();
    }

    public ReplicaArticle article(long id) {
        return store.get(id).orElseThrow();
    }

    /** A rendered site: the configuration and the origin its absolute URLs use. */
    public View view(ReplicaConfig config, String origin) {
        return new View(new Site(config, store, origin));
    }

    /** Rendering and the site conventions a page's expected fields depend on. */
    public static final class View {
        private final Site site;

        View(Site site) {
            this.site = site;
        }

        public String html(ReplicaArticle a) {
            return ArticlePage.render(site, a);
        }

        public String amp(ReplicaArticle a) {
            return ArticlePage.renderAmp(site, a);
        }

        public String url(ReplicaArticle a) {
            return site.abs(a.path());
        }

        public String imageUrl(ReplicaArticle a, String file) {
            return site.imageUrl(a, file);
        }

        /** The IDs the page's related block shows, in order. */
        public List<Long> related(ReplicaArticle a) {
            List<Long> out = new ArrayList<>();
            for (ReplicaArticle r : ArticlePage.load(site, site.store.related(a, site.config.styleFor(a.id()).relatedCount()))) {
                out.add(r.id());
            }
            return out;
        }

        public boolean oldEra(ReplicaArticle a) {
            return site.config.isOldEra(a.id());
        }
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
