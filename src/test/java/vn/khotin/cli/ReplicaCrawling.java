package vn.khotin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.khotin.replica.Fault;
import vn.khotin.replica.ReplicaConfig;
import vn.khotin.replica.ReplicaServer;
import vn.khotin.pipeline.SiteProfile;

/** Shared set-up of the crawl acceptance tests: a replica with faults, a test profile, the CLI run. */
final class ReplicaCrawling {

    private ReplicaCrawling() {}

    /** Every fault except the ones a test measures separately. */
    static Set<Fault> faults() {
        return EnumSet.allOf(Fault.class);
    }

    /** A replica of {@code articles} articles (the samples plus generated ones). */
    static ReplicaServer replica(int articles, Set<Fault> faults, ReplicaConfig.Builder tweaks) throws IOException {
        ReplicaServer replica = ReplicaServer.start(tweaks.faults(faults).build());
        int missing = articles - replica.articleCount();
        if (missing > 0) {
            replica.addGeneratedArticles(missing);
        }
        return replica;
    }

    /**
     * The real profile with test-sized back-off: the same keys, so the test crawls with what users run, only
     * with retries that do not take seconds.
     */
    static Path profile(Path dir, String... extra) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SiteProfile.DEFAULT, StandardCharsets.UTF_8));
        lines.add("crawl.backoff-base-seconds = 0.05");
        lines.add("crawl.backoff-max-seconds = 1");
        lines.addAll(List.of(extra));
        Path file = dir.resolve("test-profile.properties");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    record Result(int code, String out, String err) {}

    static Result crawl(ReplicaServer replica, Path profile, Path data, double rate) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String origin = replica.baseUri().toString().replaceAll("/$", "");
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "crawl", "--site", profile.toString(),
                "--origin", origin, "--rate", Double.toString(rate), "--data", data.toString());
        return new Result(code, out.toString(), err.toString());
    }
}
