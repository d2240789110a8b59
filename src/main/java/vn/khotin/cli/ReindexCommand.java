package vn.khotin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.khotin.extract.ArticleExtractor;
import vn.khotin.pipeline.Reindexer;
import vn.khotin.pipeline.Workspace;
import vn.khotin.pipeline.SiteProfile;

/**
 * {@code khotin reindex}: rebuilds the Lucene index from the WARC files alone, without network, into a fresh
 * index ({@link Reindexer}).
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
        try (Workspace ws = Workspace.open(data.dir, true)) {
            out.println("Đang dựng lại chỉ mục từ " + Numbers.integer(ws.archive().files().size()) + " tệp WARC…");
            out.flush();
            Reindexer.Result r = Reindexer.rebuild(ws, new ArticleExtractor(profile.extraction()), () -> false);
            out.println(doneMessage(r, ws.index().count()));
            out.flush();
        }
        return 0;
    }

    /** "Xong: đọc 1.500 bản lưu, …": the end message, numbers the Vietnamese way as on the web. */
    static String doneMessage(Reindexer.Result r, long indexArticles) {
        return "Xong: đọc " + Numbers.integer(r.captures()) + " bản lưu, lập chỉ mục " + Numbers.integer(r.articles())
                + " lượt bài, trong " + Numbers.integer(r.took().toSeconds()) + " giây. Kho có "
                + Numbers.integer(indexArticles) + " bài.";
    }
}
