package vn.khotin.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs searches on a small fixed pool with a deadline, so that no query (or flood of queries) can hold the
 * server's request threads: a search that overruns its deadline, or finds the pool and its short queue full,
 * answers 503 at once while the server keeps serving everything else.
 */
final class SearchGate implements AutoCloseable {

    /** A search that could not be answered in time. */
    static final class Overloaded extends RuntimeException {
        Overloaded(String message) {
            super(message, null, false, false);
        }
    }

    private final ThreadPoolExecutor pool;
    private final long timeoutNanos;
    private final Runnable onTimeout;

    SearchGate(int threads, Duration timeout, Runnable onTimeout) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 8), r -> {
                    Thread t = new Thread(r, "khotin-search-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.timeoutNanos = timeout.toNanos();
        this.onTimeout = onTimeout;
    }

    <T> T run(Supplier<T> search) {
        Future<T> future;
        try {
            future = pool.submit(search::get);
        } catch (RejectedExecutionException e) {
            throw new Overloaded("Máy chủ đang bận; vui lòng thử lại sau giây lát.");
        }
        try {
            return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            // a cancelled search still waiting in the queue would hold a slot until a worker skips it
            pool.purge();
            onTimeout.run();
            throw new Overloaded("Tìm kiếm mất quá nhiều thời gian; hãy thu hẹp câu tìm.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Overloaded("Yêu cầu bị hủy.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
