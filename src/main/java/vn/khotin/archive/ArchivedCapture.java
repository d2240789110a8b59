package vn.khotin.archive;

import vn.khotin.crawl.Capture;

/** A capture together with where the archive stored it. */
public record ArchivedCapture(Capture capture, CaptureRef ref) {}
