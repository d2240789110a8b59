package vn.khotin.analysis.eval;

/** One article of the evaluation corpus (the shared news corpus or the committed samples). */
public record CorpusArticle(String id, String title, String sapo, String body) {

    public CorpusArticle {
        title = title == null ? "" : title;
        sapo = sapo == null ? "" : sapo;
        body = body == null ? "" : body;
    }

    /** Title, sapo and body as one text, the way the evaluation indexes it. */
    public String text() {
        return title + "\n" + sapo + "\n" + body;
    }
}
