package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the migrations build, on each database: they apply to an empty database once, and the schema guards rules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaBehaviour {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String APPLIED_MIGRATIONS =
            "select count(*) from flyway_schema_history where success and version is not null";

    // One code point, two UTF-16 units: where a database counts units, 160 of them look like 320 characters.
    private static final String COIN = "\uD83D\uDCB0";

    private final AtomicInteger rows = new AtomicInteger();

    @RegisterExtension
    final MigratedDatabase migrated = new MigratedDatabase(this::createDatabase);

    abstract TestDatabase createDatabase();

    /** The SQLState the database reports a broken check constraint with. */
    abstract String checkViolation();

    @Test
    void applies_every_migration_to_an_empty_database_and_then_none() throws SQLException {
        try (TestDatabase empty = createDatabase();
                FundDatabase fresh = FundDatabase.open(empty.settings())) {

            int first = FundMigrations.apply(fresh.dataSource(), fresh.vendorType());
            int second = FundMigrations.apply(fresh.dataSource(), fresh.vendorType());

            assertThat(first).isEqualTo(appliedMigrations(fresh));
            assertThat(first).isPositive();
            assertThat(second).isZero();
            assertThatCode(fresh::migrate).doesNotThrowAnyException();
            assertThat(appliedMigrations(fresh)).isEqualTo(first);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesOfAFund")
    void refuses_a_row_that_breaks_a_rule_of_a_fund(String rule, String column, String kept, String refused) {
        assertThatCode(() -> insertRow(column, kept)).doesNotThrowAnyException();
        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> insertRow(column, refused))
                .satisfies(refusal -> assertThat(refusal.getSQLState()).isEqualTo(checkViolation()));
    }

    @Test
    void refuses_a_second_row_with_the_slug_of_another_in_its_tenant() throws SQLException {
        String tenant = "'tenant-" + rows.incrementAndGet() + "'";
        insertRow(Map.of("tenant_id", tenant, "slug", "'taken'"));

        assertThatExceptionOfType(SQLException.class)
                .isThrownBy(() -> insertRow(Map.of("tenant_id", tenant, "slug", "'taken'")))
                .satisfies(refusal -> assertThat(refusal.getSQLState()).isEqualTo(UNIQUE_VIOLATION));
    }

    static Stream<Arguments> rulesOfAFund() {
        return Stream.of(
                Arguments.of("target raise not negative", "target_raise", "0", "-0.01"),
                Arguments.of("capacity limit covers the target raise", "capacity_limit", "1000000.00", "999999.99"),
                Arguments.of("current NAV not negative", "current_nav", "0", "-0.0001"),
                Arguments.of("total shares above 0", "total_shares", "1", "0"),
                Arguments.of("a known status", "status", "'archived'", "'deleted'"),
                Arguments.of("name not empty", "name", "'n'", "''"),
                Arguments.of(
                        "name of 160 characters at most", "name", literal("n".repeat(160)), literal("n".repeat(161))),
                Arguments.of(
                        "name of 160 code points at most, counted as code points",
                        "name",
                        literal(COIN.repeat(160)),
                        literal(COIN.repeat(159) + "nn")),
                Arguments.of("name not blank", "name", "'  n  '", "'   '"),
                Arguments.of("name not blank as Java counts white space", "name", "'\u00a0\u2007'", "'\u3000\u2003'"),
                Arguments.of("name without a tab", "name", "'Fund A'", "'Fund\tA'"),
                Arguments.of("name without a C1 control character", "name", "'Fund\u00a0A'", "'Fund\u009fA'"),
                Arguments.of(
                        "description of 2000 characters at most",
                        "description",
                        literal("d".repeat(2000)),
                        literal("d".repeat(2001))),
                Arguments.of(
                        "description of 2000 code points at most, counted as code points",
                        "description",
                        literal(COIN.repeat(2000)),
                        literal(COIN.repeat(1999) + "dd")),
                Arguments.of(
                        "description with line breaks and tabs but no other control character",
                        "description",
                        "'line\r\nand\ttab'",
                        "'line\u000band'"),
                Arguments.of("slug of hyphen-joined groups", "slug", "'fund-2-b'", "'fund--2'"),
                Arguments.of("slug without a final line break", "slug", "'fund-x'", "'fund-x\n'"),
                Arguments.of(
                        "tenant of lowercase letters, digits, hyphens and underscores",
                        "tenant_id",
                        "'tenant_2-b'",
                        "'Tenant'"),
                Arguments.of("tenant without a final line break", "tenant_id", "'tenant-x'", "'tenant-x\n'"));
    }

    static String literal(String text) {
        return "'" + text + "'";
    }

    void insertRow(String column, String value) throws SQLException {
        insertRow(Map.of(column, value));
    }

    /** Inserts a valid fund row with some columns replaced by SQL literals, the way a careless tool would. */
    private void insertRow(Map<String, String> replaced) throws SQLException {
        int row = rows.incrementAndGet();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", "'" + UUID.randomUUID() + "'");
        values.put("tenant_id", "'schema-test'");
        values.put("name", "'Fund " + row + "'");
        values.put("name_lower", "'fund " + row + "'");
        values.put("slug", "'fund-" + row + "'");
        values.put("description", "''");
        values.put("status", "'draft'");
        values.put("target_raise", "1000000.00");
        values.put("capacity_limit", "2500000.00");
        values.put("current_nav", "1.0000");
        values.put("total_shares", "1000");
        values.put("show_on_dashboard", "true");
        values.put("nav_date", "date '2026-01-15'");
        values.put("created_at", "timestamp with time zone '2026-01-15 09:30:00+00'");
        values.put("updated_at", "timestamp with time zone '2026-01-15 09:30:00+00'");
        values.putAll(replaced);

        String sql = "insert into fund (" + String.join(", ", values.keySet()) + ") values ("
                + String.join(", ", values.values()) + ")";
        try (Connection connection = migrated.database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static int appliedMigrations(FundDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(APPLIED_MIGRATIONS)) {
            result.next();
            return result.getInt(1);
        }
    }
}
