package io.fundregistry.domain.contract;

import static io.fundregistry.domain.contract.FundBuilder.aFund;
import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.FundId;
import io.fundregistry.domain.model.FundStatus;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link FundStore} must show. A store proves itself by extending this class and returning an
 * instance from {@link #store()}; it may return the same instance for every test. Each test works in a tenant of its
 * own, so stores need not be emptied between tests.
 */
public abstract class FundStoreContract {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.000001Z");

    private TenantId tenant;
    private TenantId otherTenant;

    /** The store under test. */
    protected abstract FundStore store();

    @BeforeEach
    void giveEachTestItsOwnTenants() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        tenant = TenantId.of("tenant-" + run);
        otherTenant = TenantId.of("other-" + run);
    }

    @Test
    void stores_a_fund_and_finds_it_by_slug_unchanged() {
        Fund fund = aFund().withTenant(tenant)
                .withSlug("alpha")
                .withName("Alpha Growth Fund")
                .withDescription("Listed equities.")
                .withStatus(FundStatus.OPEN)
                .withTargetRaise("1500000.50")
                .withCapacityLimit("2000000.00")
                .withCurrentNav("12.3456")
                .withTotalShares(42)
                .withShowOnDashboard(false)
                .createdAt(T0)
                .build();

        InsertOutcome outcome = store().insert(fund);

        assertThat(outcome).isEqualTo(InsertOutcome.INSERTED);
        assertThat(store().findBySlug(tenant, Slug.of("alpha"))).contains(fund);
    }

    @Test
    void keeps_the_extremes_of_every_field() {
        Fund fund = aFund().withTenant(tenant)
                .withSlug("a".repeat(Slug.MAX_LENGTH))
                .withName("€".repeat(80) + "\uD83D\uDCB0".repeat(80))
                .withDescription("ü".repeat(2_000))
                .withTargetRaise("999999999999999999.99")
                .withCapacityLimit("999999999999999999.99")
                .withCurrentNav("9999999999999999.9999")
                .withTotalShares(Long.MAX_VALUE)
                .createdAt(Instant.parse("2026-12-31T23:59:59.999999Z"))
                .build();

        store().insert(fund);

        assertThat(store().findBySlug(tenant, fund.slug())).contains(fund);
    }

    @Test
    void keeps_zero_amounts_with_their_scale() {
        Fund fund = aFund().withTenant(tenant)
                .withTargetRaise("0")
                .withCapacityLimit("0")
                .withCurrentNav("0")
                .build();

        store().insert(fund);

        Fund found = store().findBySlug(tenant, fund.slug()).orElseThrow();
        assertThat(found.details().targetRaise().amount()).hasToString("0.00");
        assertThat(found.details().currentNav().value()).hasToString("0.0000");
    }

    @Test
    void finds_nothing_for_an_unknown_slug() {
        assertThat(store().findBySlug(tenant, Slug.of("missing"))).isEmpty();
    }

    @Test
    void refuses_a_second_fund_with_a_taken_slug_and_keeps_the_first() {
        Fund first =
                aFund().withTenant(tenant).withSlug("alpha").withName("First").build();
        Fund second =
                aFund().withTenant(tenant).withSlug("alpha").withName("Second").build();
        store().insert(first);

        InsertOutcome outcome = store().insert(second);

        assertThat(outcome).isEqualTo(InsertOutcome.SLUG_TAKEN);
        assertThat(store().findBySlug(tenant, Slug.of("alpha"))).contains(first);
        assertThat(store().findNewest(tenant, FundFilter.all(), PageLimit.of(10)))
                .containsExactly(first);
    }

    @Test
    void lets_two_tenants_use_the_same_slug() {
        Fund mine = aFund().withTenant(tenant).withSlug("alpha").build();
        Fund theirs = aFund().withTenant(otherTenant).withSlug("alpha").build();

        assertThat(store().insert(mine)).isEqualTo(InsertOutcome.INSERTED);
        assertThat(store().insert(theirs)).isEqualTo(InsertOutcome.INSERTED);

        assertThat(store().findBySlug(tenant, Slug.of("alpha"))).contains(mine);
        assertThat(store().findBySlug(otherTenant, Slug.of("alpha"))).contains(theirs);
    }

    @Test
    void lets_exactly_one_of_many_racing_inserts_with_one_slug_win() throws Exception {
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<InsertOutcome>> inserts = IntStream.range(0, racers)
                .mapToObj(i -> aFund().withTenant(tenant)
                        .withSlug("contested")
                        .withName("Racer " + i)
                        .build())
                .<Callable<InsertOutcome>>map(fund -> () -> {
                    start.await();
                    return store().insert(fund);
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<InsertOutcome> outcomes = new ArrayList<>();
        try {
            List<Future<InsertOutcome>> futures =
                    inserts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<InsertOutcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsOnlyOnce(InsertOutcome.INSERTED);
        assertThat(outcomes).filteredOn(InsertOutcome.SLUG_TAKEN::equals).hasSize(racers - 1);
        assertThat(store().findNewest(tenant, FundFilter.all(), PageLimit.of(100)))
                .hasSize(1);
    }

    @Test
    void lists_newest_first() {
        Fund oldest = insert(aFund().withSlug("oldest").createdAt(T0));
        Fund newest = insert(aFund().withSlug("newest").createdAt(T0.plusSeconds(2)));
        Fund middle = insert(aFund().withSlug("middle").createdAt(T0.plusSeconds(1)));

        List<Fund> funds = store().findNewest(tenant, FundFilter.all(), PageLimit.DEFAULT);

        assertThat(funds).containsExactly(newest, middle, oldest);
    }

    @Test
    void breaks_ties_in_creation_time_by_id_highest_first() {
        FundId low = FundId.of(UUID.fromString("00000000-0000-7000-8000-000000000001"));
        FundId high = FundId.of(UUID.fromString("ffffffff-0000-7000-8000-000000000001"));
        FundId mid = FundId.of(UUID.fromString("80000000-0000-7000-8000-000000000001"));
        Fund first = insert(aFund().withSlug("low").withId(low).createdAt(T0));
        Fund second = insert(aFund().withSlug("high").withId(high).createdAt(T0));
        Fund third = insert(aFund().withSlug("mid").withId(mid).createdAt(T0));

        List<Fund> funds = store().findNewest(tenant, FundFilter.all(), PageLimit.DEFAULT);

        assertThat(funds).containsExactly(second, third, first);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void returns_no_more_funds_than_the_limit(int limit) {
        List<Fund> inserted = insertMany(5);

        List<Fund> funds = store().findNewest(tenant, FundFilter.all(), PageLimit.of(limit));

        assertThat(funds).containsExactlyElementsOf(newestFirst(inserted).subList(0, limit));
    }

    @Test
    void returns_every_fund_when_there_are_fewer_than_the_limit() {
        List<Fund> inserted = insertMany(3);

        List<Fund> funds = store().findNewest(tenant, FundFilter.all(), PageLimit.of(PageLimit.MAX));

        assertThat(funds).containsExactlyElementsOf(newestFirst(inserted));
    }

    @Test
    void returns_at_most_the_largest_limit() {
        insertMany(PageLimit.MAX + 5);

        List<Fund> funds = store().findNewest(tenant, FundFilter.all(), PageLimit.of(PageLimit.MAX));

        assertThat(funds).hasSize(PageLimit.MAX);
    }

    @Test
    void returns_an_empty_list_for_a_tenant_with_no_funds() {
        assertThat(store().findNewest(tenant, FundFilter.all(), PageLimit.DEFAULT))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"growth", "GROWTH", "Growth", "row", "alpha-gr", "ALPHA-GROWTH"})
    void searches_name_and_slug_ignoring_case(String text) {
        Fund match = insert(aFund().withSlug("alpha-growth").withName("Alpha Growth"));
        insert(aFund().withSlug("beta-income").withName("Beta Income"));

        List<Fund> funds = store().findNewest(tenant, FundFilter.search(text), PageLimit.DEFAULT);

        assertThat(funds).containsExactly(match);
    }

    @Test
    void finds_by_slug_alone_when_the_name_does_not_match() {
        Fund match = insert(aFund().withSlug("zeta-7").withName("Unrelated"));

        assertThat(store().findNewest(tenant, FundFilter.search("ZETA"), PageLimit.DEFAULT))
                .containsExactly(match);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "50%", "a_b", "\\", "100% _x_ \\ !"})
    void matches_wildcard_characters_in_the_search_text_literally(String text) {
        Fund literal = insert(aFund().withSlug("literal").withName("Fund 100% _x_ \\ ! 50% a_b"));
        insert(aFund().withSlug("plain").withName("Fund 1000 axxb ab"));

        List<Fund> funds = store().findNewest(tenant, FundFilter.search(text), PageLimit.DEFAULT);

        assertThat(funds).containsExactly(literal);
    }

    @Test
    void finds_nothing_when_no_fund_matches_the_search() {
        insert(aFund().withSlug("alpha").withName("Alpha"));

        assertThat(store().findNewest(tenant, FundFilter.search("omega"), PageLimit.DEFAULT))
                .isEmpty();
    }

    @Test
    void keeps_search_results_newest_first_and_within_the_limit() {
        Fund older = insert(aFund().withSlug("income-1").withName("Income One").createdAt(T0));
        Fund newer = insert(aFund().withSlug("income-2").withName("Income Two").createdAt(T0.plusSeconds(1)));
        insert(aFund().withSlug("income-3").withName("Income Three").createdAt(T0.minusSeconds(1)));
        insert(aFund().withSlug("growth").withName("Growth").createdAt(T0.plusSeconds(5)));

        List<Fund> funds = store().findNewest(tenant, FundFilter.search("income"), PageLimit.of(2));

        assertThat(funds).containsExactly(newer, older);
    }

    @Test
    void never_shows_one_tenant_the_funds_of_another() {
        Fund theirs = aFund().withTenant(otherTenant).withSlug("theirs").build();
        store().insert(theirs);

        assertThat(store().findBySlug(tenant, Slug.of("theirs"))).isEmpty();
        assertThat(store().findNewest(tenant, FundFilter.all(), PageLimit.DEFAULT))
                .isEmpty();
        assertThat(store().findNewest(tenant, FundFilter.search("theirs"), PageLimit.DEFAULT))
                .isEmpty();
        try (Stream<Fund> export = store().streamAll(tenant, FundFilter.all())) {
            assertThat(export).isEmpty();
        }
    }

    @Test
    void exports_every_fund_newest_first_beyond_the_largest_page() {
        List<Fund> inserted = insertMany(1_201);

        List<Fund> exported;
        try (Stream<Fund> export = store().streamAll(tenant, FundFilter.all())) {
            exported = export.toList();
        }

        assertThat(exported).containsExactlyElementsOf(newestFirst(inserted));
    }

    @Test
    void exports_only_the_funds_that_match_the_search() {
        Fund match = insert(aFund().withSlug("income").withName("Income").createdAt(T0));
        Fund newerMatch =
                insert(aFund().withSlug("income-plus").withName("More").createdAt(T0.plusSeconds(1)));
        insert(aFund().withSlug("growth").withName("Growth"));

        List<Fund> exported;
        try (Stream<Fund> export = store().streamAll(tenant, FundFilter.search("INCOME"))) {
            exported = export.toList();
        }

        assertThat(exported).containsExactly(newerMatch, match);
    }

    @Test
    void stays_usable_after_an_export_is_closed_early() {
        insertMany(300);

        for (int attempt = 0; attempt < 20; attempt++) {
            try (Stream<Fund> export = store().streamAll(tenant, FundFilter.all())) {
                assertThat(export.limit(3)).hasSize(3);
            }
        }

        assertThat(store().findNewest(tenant, FundFilter.all(), PageLimit.of(1)))
                .hasSize(1);
        assertThat(store().insert(aFund().withTenant(tenant)
                        .withSlug("after-export")
                        .build()))
                .isEqualTo(InsertOutcome.INSERTED);
    }

    private Fund insert(FundBuilder builder) {
        Fund fund = builder.withTenant(tenant).build();
        assertThat(store().insert(fund)).isEqualTo(InsertOutcome.INSERTED);
        return fund;
    }

    private List<Fund> insertMany(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> insert(aFund().withSlug("fund-" + i)
                        .withName("Fund " + i)
                        .createdAt(T0.plusMillis(i % 7 == 0 ? 0 : i))))
                .collect(Collectors.toList());
    }

    private static List<Fund> newestFirst(List<Fund> funds) {
        return funds.stream()
                .sorted(Comparator.comparing(Fund::createdAt)
                        .thenComparing(Fund::id)
                        .reversed())
                .toList();
    }
}
