package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.port.out.FundStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * An export in progress: one connection of its own, a read-only transaction and a database cursor that hands rows over
 * {@value #FETCH_SIZE} at a time, so memory stays flat however many funds there are. Rows are decoded into funds on a
 * thread of the export's own, a few batches ahead of the caller ({@link ReadAhead}), so that the caller's work on each
 * fund and the decoding of the next ones overlap. Closing the stream stops that thread, ends the transaction and gives
 * the connection back to the pool, whether or not every row was read.
 */
final class FundExport implements Spliterator<Fund> {

    static final int FETCH_SIZE = 1_000;

    // Enough decoded funds that neither thread waits on the other for long, few enough to keep a small heap flat.
    private static final int BATCH_SIZE = 250;
    private static final int BATCHES_AHEAD = 4;

    private static final String OPERATION = "Could not export funds.";

    // The PostgreSQL driver reads a negative threshold as "prepare on the server at once, and read results in binary".
    private static final int FORCE_BINARY = -1;

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ReadAhead<Fund> funds;

    private FundExport(Connection connection, PreparedStatement statement, ResultSet rows) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.funds = ReadAhead.start(
                () -> rows.next() ? FundRows.toFund(rows) : null, BATCH_SIZE, BATCHES_AHEAD, "fund-export-reader");
    }

    /** Binds the placeholders of the export's statement. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs the query on a connection of its own and streams its rows as funds.
     *
     * @throws FundStoreException if no connection could be had or the query failed
     */
    static Stream<Fund> open(DataSource dataSource, String query, Binder binder) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException failure) {
            throw StoreFailures.of(OPERATION, failure);
        }

        PreparedStatement statement = null;
        try {
            // PostgreSQL reads through a cursor only inside a transaction; in autocommit it fetches every row at once.
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            statement = connection.prepareStatement(query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            readInBinary(statement);
            binder.bind(statement);
            FundExport export = new FundExport(connection, statement, statement.executeQuery());
            return StreamSupport.stream(export, false).onClose(export::close);
        } catch (SQLException | RuntimeException failure) {
            closeAfterFailure(connection, statement, failure);
            throw StoreFailures.of(OPERATION, failure);
        }
    }

    /**
     * Asks PostgreSQL for the rows in binary. The driver does that only for server-side prepared statements, which an
     * export, run once per request, would never become; decoding timestamps, ids and numbers from text would then be
     * most of the driver's work per row.
     */
    private static void readInBinary(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(FORCE_BINARY);
        }
    }

    @Override
    public boolean tryAdvance(Consumer<? super Fund> action) {
        Fund fund;
        try {
            fund = funds.next();
        } catch (Exception failure) {
            throw StoreFailures.of(OPERATION, failure);
        }
        if (fund == null) {
            return false;
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
        funds.stop();
        try (Connection held = connection;
                PreparedStatement running = statement;
                ResultSet open = rows) {
            held.rollback();
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of("Could not end the export of funds.", failure);
        }
    }

    private static void closeAfterFailure(Connection connection, PreparedStatement statement, Exception failure) {
        try (Connection held = connection;
                PreparedStatement unused = statement) {
            held.rollback();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }
}
