package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stores the new funds of many callers in shared transactions. A commit waits for the database to flush its log to
 * disk, about a millisecond here, and that wait, not the insert, bounds how many creates a second a database takes.
 * So a few writer threads take whatever inserts are waiting, up to {@value #MAX_BATCH} at a time, and commit them
 * together: one flush serves them all. When inserts are rare each one is written alone at once; when they crowd in,
 * batches grow by themselves while the previous commit is in flight. Nothing waits on a timer.
 *
 * <p>A caller's {@link #insert} returns only after the transaction holding its fund has committed, so an answered
 * insert is durable exactly as one committed on its own. Every fund gets its own outcome: a taken slug refuses that
 * fund alone, and a failure of the batch as a whole is reported to each of its callers. {@link #close()} refuses new
 * inserts and waits for the accepted ones to be written.
 */
final class GroupCommit implements AutoCloseable {

    static final int MAX_BATCH = 100;

    static final String STORE_FAILED = "Could not store the fund.";

    private static final long IDLE_POLL_MILLIS = 200;
    private static final long CLOSE_WAIT_MILLIS = 10_000;

    /** Where the batches go. Either method throws {@link FundStoreException} when the database fails. */
    interface BatchWriter {

        /** Stores one fund in a transaction of its own. */
        InsertOutcome insertOne(Fund fund);

        /**
         * Stores the funds in one transaction and returns each one's outcome in their order, or nothing when the
         * database refused the transaction as a whole and kept none of it.
         */
        Optional<List<InsertOutcome>> insertTogether(List<Fund> funds);
    }

    private record PendingInsert(Fund fund, CompletableFuture<InsertOutcome> outcome) {}

    private final BlockingQueue<PendingInsert> waiting = new LinkedBlockingQueue<>();
    private final BatchWriter writer;
    private final List<Thread> writers;
    private volatile boolean closed;

    private GroupCommit(BatchWriter writer, int writerCount) {
        this.writer = writer;
        this.writers = new ArrayList<>(writerCount);
        for (int i = 1; i <= writerCount; i++) {
            Thread thread = new Thread(this::writeUntilClosed, "fund-group-commit-" + i);
            thread.setDaemon(true);
            writers.add(thread);
        }
    }

    /** Starts the given number of writer threads over the batch writer. */
    static GroupCommit start(BatchWriter writer, int writerCount) {
        if (writerCount < 1) {
            throw new IllegalArgumentException("A group commit needs at least one writer, not " + writerCount + ".");
        }
        GroupCommit commits = new GroupCommit(writer, writerCount);
        commits.writers.forEach(Thread::start);
        return commits;
    }

    /**
     * Stores the fund with the next batch and waits until that batch has committed.
     *
     * @throws FundStoreException if the batch failed, or this group commit is closed
     */
    InsertOutcome insert(Fund fund) {
        PendingInsert pending = new PendingInsert(fund, new CompletableFuture<>());
        if (closed) {
            throw closedFailure();
        }
        waiting.add(pending);
        // Closing may have let the writers go just before the add; then nobody would take this insert.
        if (closed && waiting.remove(pending)) {
            throw closedFailure();
        }
        return await(pending.outcome());
    }

    /** How many inserts wait for a writer now. */
    int waitingCount() {
        return waiting.size();
    }

    /** Refuses new inserts, lets the writers finish every accepted one, then stops them. */
    @Override
    public void close() {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        for (Thread thread : writers) {
            joinUntil(thread, deadline);
        }
        List<PendingInsert> abandoned = new ArrayList<>();
        waiting.drainTo(abandoned);
        abandoned.forEach(pending -> pending.outcome().completeExceptionally(closedFailure()));
    }

    private void writeUntilClosed() {
        List<PendingInsert> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            PendingInsert first;
            try {
                first = waiting.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (closed) {
                    return;
                }
                continue;
            }

            batch.add(first);
            waiting.drainTo(batch, MAX_BATCH - 1);
            try {
                write(batch);
            } catch (RuntimeException | Error unexpected) {
                // Each caller of the batch gets the failure and reports it. The writer carries on: were it to stop,
                // every later insert would wait for nothing.
                batch.forEach(pending -> pending.outcome().completeExceptionally(unexpected));
            }
            batch.clear();
        }
    }

    private void write(List<PendingInsert> batch) {
        if (batch.size() == 1) {
            writeAlone(batch.get(0));
            return;
        }

        Optional<List<InsertOutcome>> together =
                writer.insertTogether(batch.stream().map(PendingInsert::fund).toList());
        if (together.isPresent()) {
            List<InsertOutcome> outcomes = together.get();
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome().complete(outcomes.get(i));
            }
        } else {
            // A fund the database refuses must not take the others down with it: each goes alone, for its own answer.
            batch.forEach(this::writeAlone);
        }
    }

    private void writeAlone(PendingInsert pending) {
        try {
            pending.outcome().complete(writer.insertOne(pending.fund()));
        } catch (RuntimeException failure) {
            pending.outcome().completeExceptionally(failure);
        }
    }

    private static InsertOutcome await(CompletableFuture<InsertOutcome> outcome) {
        try {
            return outcome.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FundStoreException(
                    "Interrupted while the fund was being stored; it may or may not have been stored.", interrupted);
        } catch (ExecutionException failed) {
            // A new exception for each caller of a failed batch, with this caller's stack, the batch's failure as
            // cause.
            Throwable cause = failed.getCause();
            throw cause instanceof FundStoreUnavailableException
                    ? new FundStoreUnavailableException(STORE_FAILED, cause)
                    : new FundStoreException(STORE_FAILED, cause);
        }
    }

    private static FundStoreException closedFailure() {
        return new FundStoreException(STORE_FAILED, new IllegalStateException("The database is closed."));
    }

    private static void joinUntil(Thread thread, long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        try {
            if (left > 0) {
                thread.join(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
