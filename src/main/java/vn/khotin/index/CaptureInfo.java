package vn.khotin.index;

import java.time.Instant;
import vn.khotin.model.CaptureRef;

/** Where an article's capture is archived, and when it was fetched ({@link ArticleIndex#captureInfo}). */
public record CaptureInfo(CaptureRef capture, Instant fetched) {}
