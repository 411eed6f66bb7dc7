package io.fundregistry.domain.port.out;

/**
 * A store failed to carry out an operation: a lost connection, a full disk, a bug. Never thrown for an expected
 * outcome such as a taken slug. The message names the operation; the cause, when there is one, holds the detail.
 */
public class FundStoreException extends RuntimeException {

    public FundStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
