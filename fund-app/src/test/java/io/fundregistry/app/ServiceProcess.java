package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The service's runnable jar in a child process, as an operator would start it, on a free port. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    private final int port;

    private ServiceProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts the service with the given variables on top of a clean environment, and waits until it is ready. */
    static ServiceProcess startReady(Path workDir, Map<String, String> variables) {
        ServiceProcess service = start(workDir, variables);
        service.awaitReady(Duration.ofSeconds(90));
        return service;
    }

    static ServiceProcess start(Path workDir, Map<String, String> variables) {
        int port = freePort();
        Map<String, String> env = new HashMap<>();
        env.put("PORT", Integer.toString(port));
        env.put("HOST", "127.0.0.1");
        env.putAll(variables);
        return launch(workDir, env, port);
    }

    static ServiceProcess launch(Path workDir, Map<String, String> env, int port) {
        try {
            Path output = Files.createTempFile(workDir, "service-", ".log");
            ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx256m", "-jar", jar())
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("DB_") || name.startsWith("FUND_"));
            builder.environment().putAll(env);
            return new ServiceProcess(builder.start(), output, port);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    int port() {
        return port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive())
                    .as("service exited early:%n%s", output())
                    .isTrue();
            try {
                HttpResponse<String> ready = HTTP.send(
                        HttpRequest.newBuilder(uri("/health/ready"))
                                .timeout(Duration.ofSeconds(1))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The port is not open yet; try again until the deadline.
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            pause();
        }
        throw new AssertionError("service not ready within " + timeout + ":\n" + output());
    }

    /** Sends SIGTERM and returns the exit status. */
    int terminate(Duration timeout) {
        sendTerm();
        return awaitExit(timeout);
    }

    /** Sends SIGTERM and returns at once. */
    void sendTerm() {
        process.destroy();
    }

    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("service did not exit within " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException failure) {
            return "(output unreadable: " + failure.getMessage() + ")";
        }
    }

    List<String> outputLines() {
        return output().lines().toList();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            awaitExit(Duration.ofSeconds(30));
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static String jar() {
        String jar = System.getProperty("fund.app.jar");
        assertThat(jar).as("system property fund.app.jar (set by the build)").isNotNull();
        assertThat(Path.of(jar))
                .as("the runnable jar; run through `./mvnw verify`")
                .exists();
        return jar;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
