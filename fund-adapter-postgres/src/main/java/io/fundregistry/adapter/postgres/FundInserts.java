package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Writes new funds for the {@link GroupCommit}: one fund in a transaction of its own, or many in one shared
 * transaction. A fund whose slug its tenant already holds is {@link InsertOutcome#SLUG_TAKEN}, never a failure.
 */
final class FundInserts implements GroupCommit.BatchWriter {

    private final DataSource dataSource;
    private final FundStatements sql;

    FundInserts(DataSource dataSource, FundStatements sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    @Override
    public InsertOutcome insertOne(Fund fund) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, fund);
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of(GroupCommit.STORE_FAILED, failure);
        }
    }

    /**
     * Stores the funds in one transaction. A fund whose slug was taken earlier in the same list is refused like one
     * taken before. Where the database refuses the transaction as a whole (on H2, any taken slug does, as H2 has no
     * {@code ON CONFLICT}), it is rolled back and nothing of it is kept.
     */
    @Override
    public Optional<List<InsertOutcome>> insertTogether(List<Fund> funds) {
        try (Connection connection = dataSource.getConnection()) {
            return insertTogether(connection, funds);
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of(GroupCommit.STORE_FAILED, failure);
        }
    }

    private Optional<List<InsertOutcome>> insertTogether(Connection connection, List<Fund> funds) throws SQLException {
        connection.setAutoCommit(false);
        int[] counts;
        try (PreparedStatement statement = connection.prepareStatement(sql.insert())) {
            for (Fund fund : funds) {
                FundRows.bindInsert(statement, fund);
                statement.addBatch();
            }
            counts = statement.executeBatch();
        } catch (SQLException refused) {
            connection.rollback();
            connection.setAutoCommit(true);
            return Optional.empty();
        }
        // A failed commit is reported, never retried: the database may have committed before its answer was lost.
        connection.commit();
        connection.setAutoCommit(true);

        List<InsertOutcome> outcomes = new ArrayList<>(counts.length);
        for (int count : counts) {
            outcomes.add(count == 1 ? InsertOutcome.INSERTED : InsertOutcome.SLUG_TAKEN);
        }
        return Optional.of(outcomes);
    }

    private InsertOutcome insert(Connection connection, Fund fund) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.insert())) {
            FundRows.bindInsert(statement, fund);
            return statement.executeUpdate() == 1 ? InsertOutcome.INSERTED : InsertOutcome.SLUG_TAKEN;
        } catch (SQLException failure) {
            // Without ON CONFLICT the loser of a race sees a unique violation; the same state on the primary key is
            // a reused id, which is a failure, not a taken slug.
            if (StoreFailures.hasSqlState(failure, StoreFailures.UNIQUE_VIOLATION) && slugIsTaken(connection, fund)) {
                return InsertOutcome.SLUG_TAKEN;
            }
            throw failure;
        }
    }

    private boolean slugIsTaken(Connection connection, Fund fund) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.slugExists())) {
            statement.setString(1, fund.tenant().value());
            statement.setString(2, fund.slug().value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
