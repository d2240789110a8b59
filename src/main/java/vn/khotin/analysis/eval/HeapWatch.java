package vn.khotin.analysis.eval;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a piece of work kept live: the largest heap use after any garbage collection while it ran,
 * less the use after a full collection before it. Garbage is not counted, so this is what the work needs,
 * not what it happened to allocate. For evaluations only.
 */
final class HeapWatch {

    /** Peak live heap growth, and how many collections saw it (few: a rough figure). */
    record Peak(long bytes, int collections) {
        double megabytes() {
            return bytes / 1e6;
        }
    }

    private final long baseline;
    private final AtomicLong peak = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final List<Runnable> removals = new ArrayList<>();

    private HeapWatch(long baseline) {
        this.baseline = baseline;
    }

    static HeapWatch start() {
        HeapWatch w = new HeapWatch(usedAfterFullGc());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                NotificationListener listener = w::onCollection;
                emitter.addNotificationListener(listener, null, null);
                w.removals.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (javax.management.ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
        }
        return w;
    }

    private void onCollection(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
        }
        peak.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    /** Stops watching; the work's result should still be reachable, so a last collection counts it. */
    Peak stop() {
        peak.accumulateAndGet(usedAfterFullGc(), Math::max);
        removals.forEach(Runnable::run);
        return new Peak(Math.max(0, peak.get() - baseline), collections.get());
    }

    private static long usedAfterFullGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
