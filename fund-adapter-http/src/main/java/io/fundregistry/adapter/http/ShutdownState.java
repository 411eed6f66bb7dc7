package io.fundregistry.adapter.http;

import java.util.concurrent.atomic.AtomicBoolean;

/** Whether the server has begun to shut down. Thread-safe; once begun, it never ends. */
final class ShutdownState {

    private final AtomicBoolean begun = new AtomicBoolean();

    void begin() {
        begun.set(true);
    }

    boolean hasBegun() {
        return begun.get();
    }
}
