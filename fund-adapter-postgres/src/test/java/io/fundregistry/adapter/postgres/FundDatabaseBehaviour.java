package io.fundregistry.adapter.postgres;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the adapter adds to the store contract, on each database: races, search meaning, failures and readiness. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FundDatabaseBehaviour {

    private static final int RACERS = 32;
    private static final int CONTESTED_SLUGS = 20;

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::createDatabase);

    abstract TestDatabase createDatabase();

    abstract String expectedVendor();

    /** Whether the database settles a taken slug inside a batch ({@code ON CONFLICT}) rather than refusing it. */
    abstract boolean settlesTakenSlugsInBatches();

    @Test
    void names_its_vendor_and_is_reachable_while_open() {
        assertThat(migrated.database().vendor()).isEqualTo(expectedVendor());
        assertThat(migrated.database().isReachable()).isTrue();
    }

    @Test
    void lets_exactly_one_of_many_racing_creates_win_for_every_slug() throws Exception {
        TenantId tenant = aTenant();

        Map<String, List<InsertOutcome>> outcomesBySlug =
                raceForContestedSlugs(tenant, List.of(migrated.database().store()));

        assertOneWinnerForEverySlug(tenant, outcomesBySlug);
    }

    @Test
    void lets_exactly_one_create_win_for_every_slug_when_two_service_instances_race_on_one_database() throws Exception {
        TenantId tenant = aTenant();
        Map<String, List<InsertOutcome>> outcomesBySlug;

        try (FundDatabase secondInstance = FundDatabase.open(migrated.settings())) {
            outcomesBySlug =
                    raceForContestedSlugs(tenant, List.of(migrated.database().store(), secondInstance.store()));
        }

        assertOneWinnerForEverySlug(tenant, outcomesBySlug);
    }

    @Test
    void stores_a_batch_of_new_funds_in_one_transaction() {
        TenantId tenant = aTenant();
        List<Fund> funds = IntStream.range(0, 5)
                .mapToObj(i -> aFund().withTenant(tenant).withSlug("batch-" + i).build())
                .toList();

        Optional<List<InsertOutcome>> outcomes = inserts().insertTogether(funds);

        assertThat(outcomes).contains(Collections.nCopies(5, InsertOutcome.INSERTED));
        assertThat(storedSlugs(tenant))
                .containsExactlyInAnyOrder("batch-0", "batch-1", "batch-2", "batch-3", "batch-4");
    }

    @Test
    void settles_slugs_taken_before_or_within_a_batch_or_refuses_the_batch_whole() {
        TenantId tenant = aTenant();
        migrated.database()
                .store()
                .insert(aFund().withTenant(tenant).withSlug("taken").build());
        List<Fund> funds = List.of(
                aFund().withTenant(tenant).withSlug("free").build(),
                aFund().withTenant(tenant)
                        .withSlug("taken")
                        .withName("Second Try")
                        .build(),
                aFund().withTenant(tenant).withSlug("twice").build(),
                aFund().withTenant(tenant)
                        .withSlug("twice")
                        .withName("Second Twice")
                        .build());

        Optional<List<InsertOutcome>> outcomes = inserts().insertTogether(funds);

        if (settlesTakenSlugsInBatches()) {
            assertThat(outcomes)
                    .contains(List.of(
                            InsertOutcome.INSERTED,
                            InsertOutcome.SLUG_TAKEN,
                            InsertOutcome.INSERTED,
                            InsertOutcome.SLUG_TAKEN));
            assertThat(storedSlugs(tenant)).containsExactlyInAnyOrder("taken", "free", "twice");
            assertThat(migrated.database().store().findBySlug(tenant, Slug.of("twice")))
                    .contains(funds.get(2));
        } else {
            assertThat(outcomes).isEmpty();
            assertThat(storedSlugs(tenant)).containsExactly("taken");
        }
    }

    @Test
    void refuses_a_batch_the_database_rejects_and_keeps_none_of_it() {
        TenantId tenant = aTenant();
        Fund first = aFund().withTenant(tenant).withSlug("first").build();
        Fund sameId = aFund().withTenant(tenant)
                .withId(first.id())
                .withSlug("same-id")
                .build();
        List<Fund> funds = List.of(aFund().withTenant(tenant).withSlug("before").build(), first, sameId);

        Optional<List<InsertOutcome>> outcomes = inserts().insertTogether(funds);

        assertThat(outcomes).isEmpty();
        assertThat(storedSlugs(tenant)).isEmpty();
        assertThat(migrated.database().activeConnections()).isZero();
    }

    @Test
    void stores_every_fund_of_a_crowd_of_concurrent_creates() throws Exception {
        TenantId tenant = aTenant();
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        List<Future<InsertOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < 500; i++) {
                Fund fund = aFund().withTenant(tenant).withSlug("crowd-" + i).build();
                outcomes.add(threads.submit(() -> migrated.database().store().insert(fund)));
            }
            for (Future<InsertOutcome> outcome : outcomes) {
                assertThat(outcome.get(60, TimeUnit.SECONDS)).isEqualTo(InsertOutcome.INSERTED);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(storedSlugs(tenant)).hasSize(500);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}")
    @MethodSource("namesAndSearches")
    void searches_names_lowercased_as_the_domain_lowercases_them(String name, String text, boolean found) {
        TenantId tenant = aTenant();
        Fund fund = aFund().withTenant(tenant).withName(name).withSlug("fund").build();
        migrated.database().store().insert(fund);
        FundFilter filter = FundFilter.search(text);

        List<Fund> funds = migrated.database().store().findNewest(tenant, filter, PageLimit.DEFAULT);

        assertThat(filter.matches(fund)).isEqualTo(found);
        assertThat(funds.contains(fund)).isEqualTo(found);
    }

    @Test
    void reports_each_failing_operation_as_a_store_failure_that_names_it() {
        try (TestDatabase empty = createDatabase();
                FundDatabase unmigrated = FundDatabase.open(empty.settings())) {
            FundStore store = unmigrated.store();
            TenantId tenant = aTenant();

            assertFailure(() -> store.insert(aFund().withTenant(tenant).build()), "Could not store the fund.");
            assertFailure(() -> store.findBySlug(tenant, Slug.of("alpha")), "Could not find the fund.");
            assertFailure(() -> store.findNewest(tenant, FundFilter.all(), PageLimit.DEFAULT), "Could not list funds.");
            assertFailure(() -> store.streamAll(tenant, FundFilter.all()).close(), "Could not export funds.");
            assertThat(unmigrated.activeConnections()).isZero();
        }
    }

    @Test
    void fails_and_is_not_reachable_once_closed() {
        try (TestDatabase other = createDatabase()) {
            FundDatabase closed = FundDatabase.open(other.settings());
            closed.migrate();
            closed.close();

            assertThat(closed.isReachable()).isFalse();
            assertThatThrownBy(() -> closed.store().findNewest(aTenant(), FundFilter.all(), PageLimit.DEFAULT))
                    .isInstanceOf(FundStoreException.class)
                    .hasMessage("Could not list funds.");
            assertThatThrownBy(closed::migrate)
                    .isInstanceOf(FundStoreException.class)
                    .hasMessage("Could not migrate the " + expectedVendor() + " database.");
        }
    }

    static Stream<Arguments> namesAndSearches() {
        return Stream.of(
                Arguments.of("ΟΔΟΣ Growth", "οδος", true),
                Arguments.of("ΟΔΟΣ Growth", "Οδοσ", false),
                // Java lowercases a dotted capital I to an i followed by a combining dot.
                Arguments.of("\u0130stanbul Income", "i\u0307stanbul", true),
                Arguments.of("\u0130stanbul Income", "istanbul", false),
                Arguments.of("Émile Value", "ÉMILE", true),
                Arguments.of("Straße Bonds", "STRASSE", false));
    }

    /** Every racer of every slug waits for the others, then creates; the racers take turns at the stores. */
    private static Map<String, List<InsertOutcome>> raceForContestedSlugs(TenantId tenant, List<FundStore> stores)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Map.Entry<String, InsertOutcome>>> futures = new ArrayList<>();
            for (int round = 0; round < CONTESTED_SLUGS; round++) {
                futures.addAll(race(threads, tenant, "contested-" + round, stores));
            }
            List<Map.Entry<String, InsertOutcome>> outcomes = new ArrayList<>();
            for (Future<Map.Entry<String, InsertOutcome>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes.stream()
                    .collect(Collectors.groupingBy(
                            Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Future<Map.Entry<String, InsertOutcome>>> race(
            ExecutorService threads, TenantId tenant, String slug, List<FundStore> stores) {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Map.Entry<String, InsertOutcome>>> creates = IntStream.range(0, RACERS)
                .<Callable<Map.Entry<String, InsertOutcome>>>mapToObj(racer -> {
                    Fund fund = aFund().withTenant(tenant)
                            .withSlug(slug)
                            .withName("Racer " + racer)
                            .build();
                    FundStore store = stores.get(racer % stores.size());
                    return () -> {
                        start.await();
                        return Map.entry(slug, store.insert(fund));
                    };
                })
                .toList();
        List<Future<Map.Entry<String, InsertOutcome>>> futures =
                creates.stream().map(threads::submit).toList();
        start.countDown();
        return futures;
    }

    private void assertOneWinnerForEverySlug(TenantId tenant, Map<String, List<InsertOutcome>> outcomesBySlug) {
        assertThat(outcomesBySlug).hasSize(CONTESTED_SLUGS);
        assertThat(outcomesBySlug.values()).allSatisfy(outcomes -> {
            assertThat(outcomes).hasSize(RACERS).containsOnlyOnce(InsertOutcome.INSERTED);
            assertThat(outcomes).filteredOn(InsertOutcome.SLUG_TAKEN::equals).hasSize(RACERS - 1);
        });
        assertThat(migrated.database().store().findNewest(tenant, FundFilter.all(), PageLimit.of(PageLimit.MAX)))
                .hasSize(CONTESTED_SLUGS);
    }

    private FundInserts inserts() {
        return new FundInserts(
                migrated.database().dataSource(), migrated.database().statements());
    }

    private List<String> storedSlugs(TenantId tenant) {
        try (Stream<Fund> funds = migrated.database().store().streamAll(tenant, FundFilter.all())) {
            return funds.map(fund -> fund.slug().value()).toList();
        }
    }

    private static void assertFailure(Runnable operation, String message) {
        assertThatThrownBy(operation::run)
                .isInstanceOf(FundStoreException.class)
                .isNotInstanceOf(FundStoreUnavailableException.class)
                .hasMessage(message);
    }

    private static TenantId aTenant() {
        return TenantId.of("tenant-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
