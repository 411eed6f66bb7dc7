package io.fundregistry.adapter.http;

import java.util.concurrent.Semaphore;

/**
 * Caps how many CSV exports run at once: an export holds a store cursor and a server thread for as long as the
 * client reads, so a few slow clients must not starve every other request. Thread-safe.
 */
final class ExportSlots {

    private final Semaphore slots;

    ExportSlots(int maxConcurrentExports) {
        this.slots = new Semaphore(maxConcurrentExports);
    }

    /** Takes a slot when one is free, without waiting; the caller must {@link #release()} a slot it got. */
    boolean tryTake() {
        return slots.tryAcquire();
    }

    void release() {
        slots.release();
    }
}
