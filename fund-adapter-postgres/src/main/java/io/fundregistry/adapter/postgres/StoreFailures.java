package io.fundregistry.adapter.postgres;

import io.fundregistry.domain.port.out.FundStoreException;
import io.fundregistry.domain.port.out.FundStoreUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;

/**
 * Turns what jOOQ, JDBC and the pool throw into the domain's store failures, so that no driver type crosses the port.
 */
final class StoreFailures {

    static final String UNIQUE_VIOLATION = "23505";

    // Class 08 is a connection failure; 57P01 to 57P03 mean the server is shutting down or not yet accepting.
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String SERVER_NOT_SERVING_PREFIX = "57P0";

    private StoreFailures() {}

    /**
     * The failure as the domain names it: unavailable when no connection could be had or one was lost, a plain store
     * failure otherwise. The message is the operation, such as {@code "Could not list funds."}.
     */
    static FundStoreException of(String operation, Exception failure) {
        if (failure instanceof FundStoreException alreadyTranslated) {
            return alreadyTranslated;
        }
        Throwable cause =
                failure instanceof DataAccessException && failure.getCause() != null ? failure.getCause() : failure;
        return isUnavailable(failure)
                ? new FundStoreUnavailableException(operation, cause)
                : new FundStoreException(operation, cause);
    }

    static boolean hasSqlState(Throwable failure, String sqlState) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnavailable(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof SQLTransientConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionState(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(CONNECTION_EXCEPTION_CLASS) || sqlState.startsWith(SERVER_NOT_SERVING_PREFIX));
    }
}
