package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ReadAheadTest {

    private static final int BATCH_SIZE = 3;
    private static final int BATCHES_AHEAD = 2;

    @Test
    void hands_over_every_item_in_source_order_then_the_end() throws Exception {
        ReadAhead<Integer> readAhead = start(counting(10));

        List<Integer> taken = takeAll(readAhead);

        assertThat(taken).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(readAhead.next()).isNull();
    }

    @Test
    void ends_at_once_for_an_empty_source() throws Exception {
        ReadAhead<Integer> readAhead = start(() -> null);

        assertThat(readAhead.next()).isNull();
    }

    @Test
    void hands_over_the_items_read_before_a_failure_then_the_failure() throws Exception {
        AtomicInteger count = new AtomicInteger();
        ReadAhead<Integer> readAhead = start(() -> {
            int next = count.incrementAndGet();
            if (next > 4) {
                throw new IllegalStateException("connection lost");
            }
            return next;
        });

        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taken.add(readAhead.next());
        }

        assertThat(taken).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(readAhead::next)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("connection lost");
    }

    @Test
    @Timeout(10)
    void reads_no_further_than_the_batches_ahead_and_stops_while_waiting_for_room() {
        AtomicInteger read = new AtomicInteger();
        ReadAhead<Integer> readAhead = start(read::incrementAndGet);
        awaitAtLeast(read, BATCH_SIZE * BATCHES_AHEAD + 1);

        readAhead.stop();

        // Full batches waiting, plus the one the reader filled and could not hand over.
        assertThat(read.get()).isLessThanOrEqualTo(BATCH_SIZE * (BATCHES_AHEAD + 1));
    }

    private static ReadAhead<Integer> start(ReadAhead.Source<Integer> source) {
        return ReadAhead.start(source, BATCH_SIZE, BATCHES_AHEAD, "read-ahead-test");
    }

    private static ReadAhead.Source<Integer> counting(int last) {
        AtomicInteger count = new AtomicInteger();
        return () -> {
            int next = count.incrementAndGet();
            return next <= last ? next : null;
        };
    }

    private static void awaitAtLeast(AtomicInteger count, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (count.get() < expected) {
            assertThat(System.nanoTime())
                    .as("reader reached %d items in time", expected)
                    .isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static List<Integer> takeAll(ReadAhead<Integer> readAhead) throws Exception {
        List<Integer> taken = new ArrayList<>();
        Integer item;
        while ((item = readAhead.next()) != null) {
            taken.add(item);
        }
        return taken;
    }
}
