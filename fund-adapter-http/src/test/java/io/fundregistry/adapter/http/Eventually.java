package io.fundregistry.adapter.http;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes: no sleeping a fixed time and hoping. */
final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private Eventually() {}

    static void holds(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not true after 10 seconds: " + what);
            }
            LockSupport.parkNanos(POLL_INTERVAL.toNanos());
        }
    }
}
