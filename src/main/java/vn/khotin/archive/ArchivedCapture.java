package vn.khotin.archive;

import vn.khotin.model.Capture;
import vn.khotin.model.CaptureRef;

/** A capture together with where the archive stored it. */
public record ArchivedCapture(Capture capture, CaptureRef ref) {}
