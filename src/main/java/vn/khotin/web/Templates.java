package vn.khotin.web;

import gg.jte.generated.precompiled.JtearticleGenerated;
import gg.jte.generated.precompiled.JteeditorGenerated;
import gg.jte.generated.precompiled.JteerrorGenerated;
import gg.jte.generated.precompiled.JtehelpGenerated;
import gg.jte.generated.precompiled.JtehomeGenerated;
import gg.jte.generated.precompiled.JteresultsGenerated;
import gg.jte.generated.precompiled.JtestatusGenerated;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.util.function.Consumer;
import vn.khotin.web.view.ArticleView;
import vn.khotin.web.view.HelpView;
import vn.khotin.web.view.EditorView;
import vn.khotin.web.view.ErrorView;
import vn.khotin.web.view.HomeView;
import vn.khotin.web.view.PageView;
import vn.khotin.web.view.ResultsView;
import vn.khotin.web.view.StatusView;

/**
 * The pages, rendered by the Java classes the jte Maven plugin generates from {@code src/main/jte} at build
 * time: calls are type-checked by the compiler and nothing is compiled at run time. The output escapes every
 * value by its HTML context (text, attribute, URL); only {@code $unsafe} snippets bypass it, and those are
 * rendered with every character of their text escaped by {@link Snippets}.
 */
final class Templates {

    private Templates() {}

    static String home(HomeView v) {
        return render(out -> JtehomeGenerated.render(out, null, v));
    }

    static String results(ResultsView v) {
        return render(out -> JteresultsGenerated.render(out, null, v));
    }

    static String article(ArticleView v) {
        return render(out -> JtearticleGenerated.render(out, null, v));
    }

    static String editor(EditorView v) {
        return render(out -> JteeditorGenerated.render(out, null, v));
    }

    static String help(HelpView v) {
        return render(out -> JtehelpGenerated.render(out, null, v));
    }

    static String status(StatusView v) {
        return render(out -> JtestatusGenerated.render(out, null, v));
    }

    static String error(ErrorView v) {
        return render(out -> JteerrorGenerated.render(out, null, v));
    }

    private static String render(Consumer<OwaspHtmlTemplateOutput> template) {
        StringOutput sink = new StringOutput(8192);
        template.accept(new OwaspHtmlTemplateOutput(sink));
        return sink.toString();
    }
}
