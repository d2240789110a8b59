package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.pipeline.ReindexReporting;
import vn.khotin.pipeline.Reindexer;
import vn.khotin.pipeline.Workspace;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin reindex}: rebuilds the Lucene index from the WARC files alone, without network, into a new
 * index that replaces the old one once complete ({@link Reindexer}), printing progress and the summary through
 * {@link ReindexConsole}.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Dựng lại chỉ mục tìm kiếm từ các tệp WARC đã lưu, không cần mạng.")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    Options.Data data = new Options.Data();

    @Mixin
    Options.Site site = new Options.Site();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SiteProfile profile = site.profile();
        PrintWriter out = spec.commandLine().getOut();
        // nothing to rebuild from in a directory that is not there: a typo, not a new archive
        data.existing("hoặc dựng kho bằng crawl hay import trước.");
        try (Workspace ws = Workspace.open(data.dir)) {
            ReindexConsole console = new ReindexConsole(out, Terminal.attached());
            console.started(ws.archive().files().size(), ws.archive().totalBytes());
            ReindexReporting.Result r = Reindexer.rebuild(ws, new ArticleExtractor(profile.extraction()), () -> false, console);
            console.finished(r, ws.index().count());
        }
        return 0;
    }
}
