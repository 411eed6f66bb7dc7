package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.model.Fund;
import io.fundregistry.domain.model.FundFilter;
import io.fundregistry.domain.model.PageLimit;
import io.fundregistry.domain.model.Slug;
import io.fundregistry.domain.model.TenantId;
import io.fundregistry.domain.port.out.FundStore;
import io.fundregistry.domain.port.out.InsertOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The fund store on a relational database: the statements jOOQ rendered for it at start-up ({@link FundStatements}),
 * run as prepared statements over a connection pool. Safe for concurrent use: it holds no state but the pool and the
 * statement texts.
 */
final class SqlFundStore implements FundStore {

    private final DataSource dataSource;
    private final FundStatements sql;

    SqlFundStore(DataSource dataSource, FundStatements sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    @Override
    public InsertOutcome insert(Fund fund) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, fund);
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of("Could not store the fund.", failure);
        }
    }

    @Override
    public Optional<Fund> findBySlug(TenantId tenant, Slug slug) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.findBySlug())) {
            statement.setString(1, tenant.value());
            statement.setString(2, slug.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(FundRows.toFund(rows)) : Optional.empty();
            }
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of("Could not find the fund.", failure);
        }
    }

    @Override
    public List<Fund> findNewest(TenantId tenant, FundFilter filter, PageLimit limit) {
        Optional<String> pattern = FundSearch.pattern(filter);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement(pattern.isPresent() ? sql.newestMatching() : sql.newest())) {
            int next = bindFilter(statement, tenant, pattern);
            statement.setInt(next, limit.value());
            try (ResultSet rows = statement.executeQuery()) {
                List<Fund> funds = new ArrayList<>(limit.value());
                while (rows.next()) {
                    funds.add(FundRows.toFund(rows));
                }
                return funds;
            }
        } catch (SQLException | RuntimeException failure) {
            throw StoreFailures.of("Could not list funds.", failure);
        }
    }

    @Override
    public Stream<Fund> streamAll(TenantId tenant, FundFilter filter) {
        Optional<String> pattern = FundSearch.pattern(filter);
        String query = pattern.isPresent() ? sql.exportMatching() : sql.exportAll();
        return FundExport.open(dataSource, query, statement -> bindFilter(statement, tenant, pattern));
    }

    /** Binds the tenant and, when searching, the pattern twice (name, slug); returns the next placeholder's index. */
    static int bindFilter(PreparedStatement statement, TenantId tenant, Optional<String> pattern) throws SQLException {
        statement.setString(1, tenant.value());
        if (pattern.isEmpty()) {
            return 2;
        }
        statement.setString(2, pattern.get());
        statement.setString(3, pattern.get());
        return 4;
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
