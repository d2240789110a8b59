package vn.khotin.index;

import java.time.Instant;
import vn.khotin.model.CaptureRef;
import vn.khotin.model.Article;

/**
 * An article as the index holds it: the extracted record plus where its raw capture is archived and when
 * it was fetched.
 */
public record IndexedArticle(Article article, CaptureRef capture, Instant fetched) {}
