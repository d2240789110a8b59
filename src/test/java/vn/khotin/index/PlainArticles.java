package vn.khotin.index;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.khotin.model.Article;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.ExtractionMethod;

/** Minimal articles for tests of the index's life cycle, where content does not matter. */
final class PlainArticles {

    private PlainArticles() {}

    /** Article {@code id}, with a title, a sapo, one body line and a capture in "a.warc.gz". */
    static IndexedArticle article(long id) {
        Article a = new Article(id, "https://baohatinh.vn/x-post" + id + ".html", "Bài số " + id, "Tóm tắt " + id,
                "", List.of("Nội dung bài " + id + "."), List.of(), "PV",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(7)), null, "Xã hội", List.of(),
                List.of(), List.of(), List.of(), ExtractionMethod.PROFILE);
        return new IndexedArticle(a, new CaptureRef("a.warc.gz", id * 10), null);
    }
}
