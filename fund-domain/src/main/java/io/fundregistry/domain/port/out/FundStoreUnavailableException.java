package io.fundregistry.domain.port.out;

/**
 * The store could not be reached in time: its server is down, or every connection is busy. Worth retrying later, so a
 * service answers it with "try again" rather than with a failure of its own.
 */
public class FundStoreUnavailableException extends FundStoreException {

    public FundStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
