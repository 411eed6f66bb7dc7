package io.fundregistry.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StoreFailuresTest {

    private static final String OPERATION = "Could not list funds.";

    @ParameterizedTest(name = "{0} is unavailable, {1} is a failure")
    @MethodSource("unavailableAndFailed")
    void tells_an_unreachable_store_from_a_failing_one(Exception unavailable, Exception failed) {
        assertThat(StoreFailures.of(OPERATION, unavailable))
                .isInstanceOf(FundStoreUnavailableException.class)
                .hasMessage(OPERATION);
        assertThat(StoreFailures.of(OPERATION, failed))
                .isExactlyInstanceOf(FundStoreException.class)
                .hasMessage(OPERATION);
    }

    @Test
    void keeps_the_driver_failure_as_the_cause_not_the_jooq_wrapper() {
        SQLException driverFailure = new SQLException("relation \"fund\" does not exist", "42P01");

        FundStoreException translated =
                StoreFailures.of(OPERATION, new DataAccessException("SQL [select ...]", driverFailure));

        assertThat(translated.getCause()).isSameAs(driverFailure);
    }

    @Test
    void passes_a_failure_already_translated_through() {
        FundStoreException translated =
                new FundStoreUnavailableException("Could not export funds.", new SQLException("lost", "08006"));

        assertThat(StoreFailures.of(OPERATION, translated)).isSameAs(translated);
    }

    static Stream<Arguments> unavailableAndFailed() {
        return Stream.of(
                Arguments.of(
                        new SQLTransientConnectionException("fund-store - Connection is not available"),
                        new SQLException("HikariDataSource has been closed.")),
                Arguments.of(
                        new DataAccessException("SQL [select ...]", new SQLException("Connection refused", "08001")),
                        new DataAccessException("SQL [select ...]", new SQLException("syntax error", "42601"))),
                Arguments.of(
                        new SQLException("An I/O error occurred", "08006"), new SQLException("duplicate key", "23505")),
                Arguments.of(
                        new SQLException("the database system is shutting down", "57P03"),
                        new SQLException("canceling statement due to statement timeout", "57014")),
                Arguments.of(
                        new IllegalStateException("wrapped", new SQLTransientConnectionException("timeout")),
                        new IllegalStateException("no cause")));
    }
}
