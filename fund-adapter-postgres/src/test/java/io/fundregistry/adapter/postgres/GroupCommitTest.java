package io.fundregistry.adapter.postgres;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ExecutorService callers = Executors.newCachedThreadPool();
    private final RecordingWriter writer = new RecordingWriter();

    @AfterEach
    void stopCallers() {
        writer.release();
        callers.shutdownNow();
    }

    @Test
    void answers_each_caller_with_the_outcome_of_its_own_fund() {
        try (GroupCommit commits = GroupCommit.start(writer, 2)) {
            assertThat(commits.insert(aFund().withSlug("alpha").build())).isEqualTo(InsertOutcome.INSERTED);
            assertThat(commits.insert(aFund().withSlug("taken-beta").build())).isEqualTo(InsertOutcome.SLUG_TAKEN);
        }
    }

    @Test
    void commits_the_inserts_that_arrive_while_a_commit_is_in_flight_together() throws Exception {
        try (GroupCommit commits = GroupCommit.start(writer, 1)) {
            Future<InsertOutcome> first = insertWhileTheWriterWaits(commits);

            List<Future<InsertOutcome>> crowd = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                crowd.add(insertLater(
                        commits,
                        aFund().withSlug(i % 5 == 0 ? "taken-" + i : "crowd-" + i)
                                .build()));
            }
            awaitTrue(() -> commits.waitingCount() == 20);
            assertThat(first).as("answered before its transaction committed").isNotDone();
            assertThat(crowd).as("answered before their transaction committed").noneMatch(Future::isDone);
            writer.release();

            assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
            for (int i = 0; i < crowd.size(); i++) {
                InsertOutcome expected = i % 5 == 0 ? InsertOutcome.SLUG_TAKEN : InsertOutcome.INSERTED;
                assertThat(crowd.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(expected);
            }
            assertThat(writer.batchSizes()).containsExactly(1, 20);
        }
    }

    @Test
    void never_puts_more_than_the_largest_batch_in_one_transaction() throws Exception {
        try (GroupCommit commits = GroupCommit.start(writer, 1)) {
            Future<InsertOutcome> first = insertWhileTheWriterWaits(commits);

            List<Future<InsertOutcome>> crowd = new ArrayList<>();
            int crowdSize = GroupCommit.MAX_BATCH + 1;
            for (int i = 0; i < crowdSize; i++) {
                crowd.add(insertLater(commits, aFund().withSlug("crowd-" + i).build()));
            }
            awaitTrue(() -> commits.waitingCount() == crowdSize);
            writer.release();

            first.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            for (Future<InsertOutcome> insert : crowd) {
                assertThat(insert.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
            }
            assertThat(writer.batchSizes()).containsExactly(1, GroupCommit.MAX_BATCH, 1);
        }
    }

    @Test
    void gives_every_caller_of_a_failed_batch_the_failure_and_keeps_writing() throws Exception {
        try (GroupCommit commits = GroupCommit.start(writer, 1)) {
            Future<InsertOutcome> first = insertWhileTheWriterWaits(commits);
            writer.failNextBatch(new FundStoreUnavailableException("Could not store the fund.", null));
            Future<InsertOutcome> second =
                    insertLater(commits, aFund().withSlug("second").build());
            Future<InsertOutcome> third =
                    insertLater(commits, aFund().withSlug("third").build());
            awaitTrue(() -> commits.waitingCount() == 2);
            writer.release();

            assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
            for (Future<InsertOutcome> failed : List.of(second, third)) {
                assertThatThrownBy(() -> failed.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                        .hasCauseInstanceOf(FundStoreUnavailableException.class)
                        .cause()
                        .hasMessage("Could not store the fund.");
            }
            assertThat(commits.insert(aFund().withSlug("after").build())).isEqualTo(InsertOutcome.INSERTED);
        }
    }

    @Test
    void stores_each_fund_alone_when_the_database_refuses_their_batch() throws Exception {
        try (GroupCommit commits = GroupCommit.start(writer, 1)) {
            Future<InsertOutcome> first = insertWhileTheWriterWaits(commits);
            writer.refuseNextBatch();
            Future<InsertOutcome> good =
                    insertLater(commits, aFund().withSlug("good").build());
            Future<InsertOutcome> broken =
                    insertLater(commits, aFund().withSlug("broken").build());
            Future<InsertOutcome> taken =
                    insertLater(commits, aFund().withSlug("taken-gamma").build());
            awaitTrue(() -> commits.waitingCount() == 3);
            writer.release();

            first.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(good.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
            assertThatThrownBy(() -> broken.get(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .hasCauseInstanceOf(FundStoreException.class);
            assertThat(taken.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.SLUG_TAKEN);
            assertThat(writer.storedSlugs()).containsExactly("first", "good");
        }
    }

    @Test
    void writes_every_accepted_insert_before_it_closes() throws Exception {
        GroupCommit commits = GroupCommit.start(writer, 1);
        Future<InsertOutcome> first = insertWhileTheWriterWaits(commits);
        Future<InsertOutcome> queued =
                insertLater(commits, aFund().withSlug("queued").build());
        awaitTrue(() -> commits.waitingCount() == 1);

        Future<?> closing = callers.submit(commits::close);
        writer.release();
        closing.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
        assertThat(queued.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
        assertThat(writer.storedSlugs()).containsExactly("first", "queued");
    }

    @Test
    void refuses_inserts_once_closed() {
        GroupCommit commits = GroupCommit.start(writer, 1);
        commits.close();

        assertThatThrownBy(() -> commits.insert(aFund().build()))
                .isInstanceOf(FundStoreException.class)
                .hasMessage("Could not store the fund.");
        assertThat(writer.storedSlugs()).isEmpty();
    }

    @Test
    void refuses_a_group_commit_without_writers() {
        assertThatThrownBy(() -> GroupCommit.start(writer, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Sends a fund called "first" and holds its write until released, so that the inserts after it queue up. */
    private Future<InsertOutcome> insertWhileTheWriterWaits(GroupCommit commits) throws InterruptedException {
        writer.holdNextWrite();
        Future<InsertOutcome> first =
                insertLater(commits, aFund().withSlug("first").build());
        awaitTrue(writer::isHolding);
        return first;
    }

    private Future<InsertOutcome> insertLater(GroupCommit commits, Fund fund) {
        return callers.submit(() -> commits.insert(fund));
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime())
                    .as("waited %s for the condition", WAIT)
                    .isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /**
     * Stores nothing real: slugs starting with {@code taken-} are taken, the slug {@code broken} is one the database
     * refuses. It can hold a write until released, refuse a batch or fail it.
     */
    private static final class RecordingWriter implements GroupCommit.BatchWriter {

        private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        private final List<String> stored = new CopyOnWriteArrayList<>();
        private volatile CountDownLatch hold = new CountDownLatch(0);
        private volatile boolean holding;
        private volatile boolean refuseNext;
        private volatile RuntimeException failNext;

        void holdNextWrite() {
            hold = new CountDownLatch(1);
        }

        boolean isHolding() {
            return holding;
        }

        void release() {
            hold.countDown();
        }

        void refuseNextBatch() {
            refuseNext = true;
        }

        void failNextBatch(RuntimeException failure) {
            failNext = failure;
        }

        List<Integer> batchSizes() {
            return batchSizes;
        }

        List<String> storedSlugs() {
            return stored;
        }

        @Override
        public InsertOutcome insertOne(Fund fund) {
            awaitRelease();
            batchSizes.add(1);
            return store(fund);
        }

        @Override
        public Optional<List<InsertOutcome>> insertTogether(List<Fund> funds) {
            awaitRelease();
            batchSizes.add(funds.size());
            if (failNext != null) {
                RuntimeException failure = failNext;
                failNext = null;
                throw failure;
            }
            if (refuseNext) {
                refuseNext = false;
                return Optional.empty();
            }
            return Optional.of(funds.stream().map(this::store).toList());
        }

        private InsertOutcome store(Fund fund) {
            String slug = fund.slug().value();
            if (slug.equals("broken")) {
                throw new FundStoreException("Could not store the fund.", new IllegalStateException("refused"));
            }
            if (slug.startsWith("taken-")) {
                return InsertOutcome.SLUG_TAKEN;
            }
            stored.add(slug);
            return InsertOutcome.INSERTED;
        }

        private void awaitRelease() {
            holding = true;
            try {
                hold.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                holding = false;
            }
        }
    }
}
