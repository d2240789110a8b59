package vn.khotin.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-path visit counts the faults read: bounded, so that no stream of new paths can grow them for ever. */
class RoutesTest {

    static ArticleStore store;

    @BeforeAll
    static void load() throws Exception {
        store = ArticleStore.load(null, true);
    }

    @AfterAll
    static void close() throws Exception {
        store.close();
    }

    private static int status(Routes routes, String path) {
        return routes.handle(new HttpCore.Request(Instant.now(), "GET", path, "", Map.of())).status;
    }

    @Test
    void theCountsStayBoundedHoweverManyPathsAreAskedFor() {
        ReplicaConfig config = ReplicaConfig.builder().build();
        Routes routes = new Routes(new Site(config, store, "http://127.0.0.1:9"), new FaultPlan(config, store));
        for (int i = 0; i < Routes.MAX_TRACKED_PATHS + 5_000; i++) {
            assertThat(status(routes, "/khong-co/trang-" + i)).isEqualTo(404);
        }
        assertThat(routes.trackedPaths()).isLessThanOrEqualTo(Routes.MAX_TRACKED_PATHS);
    }

    @Test
    void aPathAskedForAgainKeepsItsCountThoughManyOthersCameSinceItsFirstVisit() {
        ReplicaConfig config = ReplicaConfig.builder().fault(Fault.UNAVAILABLE_503).build();
        FaultPlan plan = new FaultPlan(config, store);
        Routes routes = new Routes(new Site(config, store, "http://127.0.0.1:9"), plan);
        String target = store.get(plan.targets(Fault.UNAVAILABLE_503).get(0)).orElseThrow().path();
        int half = Routes.MAX_TRACKED_PATHS / 2;
        assertThat(status(routes, target)).as("first visit").isEqualTo(503);
        for (int i = 0; i < half; i++) {
            status(routes, "/khong-co/trang-" + i);
        }
        assertThat(status(routes, target)).as("second visit").isEqualTo(503);
        for (int i = half; i < Routes.MAX_TRACKED_PATHS + 100; i++) {
            status(routes, "/khong-co/trang-" + i);
        }
        assertThat(status(routes, target)).as("third visit, the others having come since the first").isEqualTo(200);
    }
}
