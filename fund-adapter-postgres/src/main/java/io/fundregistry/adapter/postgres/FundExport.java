package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DefaultConnectionProvider;

/**
 * An export in progress: one connection of its own, a read-only transaction and a database cursor that hands rows over
 * {@value #FETCH_SIZE} at a time, so memory stays flat however many funds there are. Closing the stream ends the
 * transaction and gives the connection back to the pool, whether or not every row was read.
 */
final class FundExport implements Spliterator<Fund> {

    static final int FETCH_SIZE = 1_000;

    private static final String OPERATION = "Could not export funds.";

    private final Connection connection;
    private final Cursor<Record> cursor;

    private FundExport(Connection connection, Cursor<Record> cursor) {
        this.connection = connection;
        this.cursor = cursor;
    }

    /**
     * Runs the query on a connection of its own and streams its rows as funds.
     *
     * @throws FundStoreException if no connection could be had or the query failed
     */
    static Stream<Fund> open(
            DataSource dataSource, Configuration configuration, Function<DSLContext, ResultQuery<Record>> query) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException failure) {
            throw StoreFailures.of(OPERATION, failure);
        }

        try {
            // PostgreSQL reads through a cursor only inside a transaction; in autocommit it fetches every row at once.
            connection.setAutoCommit(false);
            DSLContext dsl = configuration
                    .derive(new DefaultConnectionProvider(connection))
                    .dsl();
            Cursor<Record> cursor = query.apply(dsl).fetchSize(FETCH_SIZE).fetchLazy();
            FundExport export = new FundExport(connection, cursor);
            return StreamSupport.stream(export, false).onClose(export::close);
        } catch (SQLException | RuntimeException failure) {
            closeAfterFailure(connection, failure);
            throw StoreFailures.of(OPERATION, failure);
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super Fund> action) {
        Fund fund;
        try {
            Record row = cursor.fetchNext();
            if (row == null) {
                return false;
            }
            fund = FundRows.toFund(row);
        } catch (RuntimeException failure) {
            throw StoreFailures.of(OPERATION, failure);
        }

        action.accept(fund);
        return true;
    }

    @Override
    public Spliterator<Fund> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return ORDERED | NONNULL | IMMUTABLE;
    }

    private void close() {
        try (Connection held = connection) {
            cursor.close();
            held.rollback();
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of("Could not end the export of funds.", failure);
        }
    }

    private static void closeAfterFailure(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
