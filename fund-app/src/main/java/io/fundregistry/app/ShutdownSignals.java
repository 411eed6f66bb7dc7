package io.fundregistry.app;

import sun.misc.Signal;

/**
 * Stops the service gracefully on SIGTERM or SIGINT and then exits with status 0, as a supervisor expects of a clean
 * stop. The JVM's own handling would exit with 143 once shutdown hooks ran; a hook still covers every other way out.
 */
final class ShutdownSignals {

    private ShutdownSignals() {}

    static void install(AutoCloseable service) {
        Runnable stop = () -> {
            try {
                service.close();
            } catch (Exception ignored) {
                // The service logs its own failures to close; exiting is all that is left to do.
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "shutdown-hook"));

        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(
                    new Signal(name),
                    signal -> new Thread(
                                    () -> {
                                        stop.run();
                                        System.exit(0);
                                    },
                                    "shutdown-" + name.toLowerCase(java.util.Locale.ROOT))
                            .start());
        }
    }
}
