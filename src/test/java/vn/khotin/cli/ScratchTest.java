package vn.khotin.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;

class ScratchTest {
    @TempDir Path tmp;

    @Test
    void scratch() throws Exception {
        try (ReplicaServer r = ReplicaCrawling.replica(2000, ReplicaCrawling.faults(),
                ReplicaConfig.builder().crawlDelaySeconds(0).rateLimitPerSecond(1000))) {
            long t = System.nanoTime();
            var res = ReplicaCrawling.crawl(r, ReplicaCrawling.profile(tmp), tmp.resolve("data"), 200);
            System.out.println("took " + (System.nanoTime() - t) / 1e9);
            System.out.println(res.out());
            System.out.println(res.err().lines().limit(40).toList());
            System.out.println("articles " + r.articleCount() + " requests " + r.requests().size());
            var paths = new java.util.TreeMap<String, Integer>();
            for (var q : r.requests()) {
                String p = q.path().replaceAll("\\d+", "N");
                paths.merge(p + " " + q.status(), 1, Integer::sum);
            }
            paths.entrySet().stream().filter(e -> e.getValue() > 0).forEach(e -> System.out.println(e));
            System.out.println(java.nio.file.Files.readString(java.nio.file.Files.list(tmp.resolve("data/reports")).findFirst().get()));
        }
    }
}
