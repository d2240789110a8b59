package vn.khotin.pipeline;

import java.util.function.BooleanSupplier;
import vn.khotin.archive.ArchivedCapture;
import vn.khotin.archive.ArchivedResource;
import vn.khotin.archive.RecordVisitor;
import vn.khotin.model.CaptureRef;
import vn.khotin.pipeline.ReindexReporting.Listener;
import vn.khotin.pipeline.ReindexReporting.Skip;
import vn.khotin.pipeline.ReplayIndexer.Replayed;

/**
 * The reading thread's side of a replay: accounts for each record the archive walk shows, hands those that may
 * be articles to the workers, tells how far it is a few times a second and stops when asked.
 */
final class ReplayWalk implements RecordVisitor {

    private static final long PROGRESS_NANOS = 250_000_000L;

    private final ReplayTally tally;
    private final ImportWorkers<Replayed> workers;
    private final BooleanSupplier stop;
    private final Listener listener;
    private long lastProgress;

    ReplayWalk(ReplayTally tally, ImportWorkers<Replayed> workers, BooleanSupplier stop, Listener listener) {
        this.tally = tally;
        this.workers = workers;
        this.stop = stop;
        this.listener = listener;
    }

    @Override
    public void capture(ArchivedCapture archived) {
        before(archived.ref());
        long order = tally.pageRead();
        int status = archived.capture().status();
        if (status != 200) {
            tally.skip(Skip.HTTP_STATUS, Integer.toString(status));
            return;
        }
        hand(new Replayed(order, archived, null));
    }

    @Override
    public void resource(ArchivedResource resource) {
        before(resource.ref());
        long order = tally.resourceRead();
        if (resource.header(ImportArchive.ARTICLE_ID) == null) {
            tally.skip(Skip.OTHER_RESOURCE, "");
            return;
        }
        hand(new Replayed(order, null, resource));
    }

    @Override
    public void evidence(CaptureRef ref, Evidence kind) {
        before(ref);
        tally.pageRead();
        tally.skip(kind == Evidence.TRUNCATED ? Skip.TRUNCATED : Skip.NOT_MODIFIED, "");
    }

    @Override
    public void damaged(String file, long offset) {
        tally.damaged(file, offset);
    }

    private void hand(Replayed record) {
        try {
            workers.submit(record);
        } catch (Exception e) {
            throw new WorkerFailed(e);
        }
    }

    /** Stops when asked, and tells how far the walk is a few times a second. */
    private void before(CaptureRef ref) {
        if (stop.getAsBoolean()) {
            throw new Stopped();
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_NANOS) {
            lastProgress = now;
            listener.progress(tally.progress(tally.position(ref)));
        }
    }

    /** Unwinds the archive walk when a worker failed: thrown from the next hand-over. */
    static final class WorkerFailed extends RuntimeException {
        WorkerFailed(Exception cause) {
            super(cause);
        }
    }

    /** Unwinds the archive walk when a stop is requested. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
