package io.fundregistry.adapter.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides a request's id: the caller's {@code X-Request-ID} when it is sane (1 to {@value #MAX_LENGTH} characters of
 * letters, digits, {@code . _ : -}), otherwise a new random UUID. Sanity keeps log lines and headers clean of
 * anything a caller might smuggle in.
 */
final class RequestIds {

    static final String HEADER = "X-Request-ID";
    static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 128;

    private RequestIds() {}

    static String resolve(String incoming) {
        return isSane(incoming) ? incoming : generate();
    }

    static boolean isSane(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            if (!isAllowed(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // A request id needs uniqueness, not secrecy: the thread-local generator avoids contention on a shared one.
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == ':'
                || c == '-';
    }
}
