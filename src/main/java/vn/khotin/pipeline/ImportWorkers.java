package vn.khotin.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed number of threads taking items from a short queue: the reading thread hands over, the workers
 * archive and index. {@link #drain()} waits until every item handed over is done (before an index commit);
 * the first failure of a worker stops the work and is thrown to the reading thread.
 *
 * @param <T> what is handed over
 */
final class ImportWorkers<T> implements AutoCloseable {

    /** What a worker does with one item. */
    @FunctionalInterface
    interface Task<T> {
        void handle(T item) throws Exception;
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final Task<T> task;
    private final Object lock = new Object();
    private long outstanding;
    private volatile Exception failure;

    /** {@code name} names the threads ("khotin-import-0"), so a thread dump says which command they work for. */
    ImportWorkers(String name, int threads, Task<T> task) {
        this.task = task;
        this.queue = new ArrayBlockingQueue<>(Math.max(64, threads * 64));
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, name + "-" + i);
            t.setDaemon(true);
            t.start();
            this.threads.add(t);
        }
    }

    /** Hands one item over, waiting while the queue is full. */
    void submit(T item) throws Exception {
        rethrow();
        synchronized (lock) {
            outstanding++;
        }
        queue.put(item);
    }

    /** Waits until every item handed over so far is done. */
    void drain() throws Exception {
        synchronized (lock) {
            while (outstanding > 0 && failure == null) {
                lock.wait(100);
            }
        }
        rethrow();
    }

    private void rethrow() throws Exception {
        Exception e = failure;
        if (e != null) {
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void work() {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == END) {
                return;
            }
            try {
                if (failure == null) {
                    task.handle((T) item);
                }
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                }
            } catch (Error e) {
                if (failure == null) {
                    failure = new IllegalStateException(e.toString(), e);
                }
            } finally {
                synchronized (lock) {
                    outstanding--;
                    if (outstanding == 0) {
                        lock.notifyAll();
                    }
                }
            }
        }
    }

    /** Lets the workers finish what is queued, then stops them. */
    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < threads.size(); i++) {
            queue.put(END);
        }
        for (Thread t : threads) {
            t.join();
        }
    }
}
