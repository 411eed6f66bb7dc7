package io.fundregistry.adapter.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads items from a source on a thread of its own, a few batches ahead of the thread that takes them, so that making
 * an item (decoding a row into a fund) and using it (writing it out) run on two cores at once. At most {@code
 * batchesAhead} full batches wait at any time, so memory stays bounded however many items the source has. One thread
 * takes items; {@link #stop()} may be called from that thread at any point, and waits until the reader has let go
 * of the source.
 */
final class ReadAhead<T> {

    /** Where the items come from; used by the reader thread alone until it ends. */
    @FunctionalInterface
    interface Source<T> {

        /** The next item, or {@code null} when there are no more. */
        T next() throws Exception;
    }

    // How often a reader blocked on a full queue checks whether it should stop.
    private static final long STOP_CHECK_MILLIS = 50;

    /** Items in source order; an empty list with no failure marks the end. */
    private record Batch<T>(List<T> items, Throwable failure) {}

    private final Source<T> source;
    private final int batchSize;
    private final BlockingQueue<Batch<T>> ready;
    private final Thread reader;
    private volatile boolean stopping;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    private ReadAhead(Source<T> source, int batchSize, int batchesAhead, String threadName) {
        this.source = source;
        this.batchSize = batchSize;
        this.ready = new ArrayBlockingQueue<>(batchesAhead);
        this.reader = new Thread(this::readAll, threadName);
        this.reader.setDaemon(true);
    }

    /** Starts reading the source at once. */
    static <T> ReadAhead<T> start(Source<T> source, int batchSize, int batchesAhead, String threadName) {
        ReadAhead<T> readAhead = new ReadAhead<>(source, batchSize, batchesAhead, threadName);
        readAhead.reader.start();
        return readAhead;
    }

    /**
     * The next item in source order, waiting for the reader if need be, or {@code null} once the source has no more.
     *
     * @throws Exception what the source threw, once it has handed over every item read before the failure
     */
    T next() throws Exception {
        while (!current.hasNext()) {
            if (ended) {
                return null;
            }
            Batch<T> batch = takeBatch();
            ended = batch.items().isEmpty();
            if (batch.failure() instanceof Error error) {
                throw error;
            }
            if (batch.failure() instanceof Exception failure) {
                throw failure;
            }
            if (ended) {
                return null;
            }
            current = batch.items().iterator();
        }
        return current.next();
    }

    /** Tells the reader to stop and waits until it no longer touches the source. */
    void stop() {
        stopping = true;
        ready.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException stillWaiting) {
                // The source must not be closed under a reader still using it; keep waiting, keep the interrupt.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Batch<T> takeBatch() throws InterruptedException {
        try {
            return ready.take();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw interrupted;
        }
    }

    private void readAll() {
        List<T> items = new ArrayList<>(batchSize);
        try {
            T item;
            while (!stopping && (item = source.next()) != null) {
                items.add(item);
                if (items.size() == batchSize) {
                    handOver(new Batch<>(items, null));
                    items = new ArrayList<>(batchSize);
                }
            }
            handOverRest(items);
            handOver(new Batch<>(List.of(), null));
        } catch (Exception | Error failure) {
            // Whatever ends the reading must reach the taker, after the items read before it, or the taker would wait
            // for a batch that never comes.
            handOverRest(items);
            handOver(new Batch<>(List.of(), failure));
        }
    }

    private void handOverRest(List<T> items) {
        if (!items.isEmpty()) {
            handOver(new Batch<>(items, null));
        }
    }

    // The reader thread belongs to this object and only stop() ends it: an interrupt alone must not drop a batch, or
    // the taker would see a shorter result as if it were whole.
    private void handOver(Batch<T> batch) {
        boolean handed = false;
        while (!handed && !stopping) {
            try {
                handed = ready.offer(batch, STOP_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ignored) {
                // Only stop() ends the reading; see above.
            }
        }
    }
}
