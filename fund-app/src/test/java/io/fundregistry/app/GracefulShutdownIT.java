package io.fundregistry.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while a long export is being downloaded: the download completes, then the process exits 0. */
class GracefulShutdownIT {

    private static final int FUNDS = 100_000;

    @TempDir
    Path workDir;

    @Test
    void finishes_an_export_in_flight_before_exiting_cleanly() throws Exception {
        LocalPostgres postgres = LocalPostgres.find();
        String database = LocalPostgres.uniqueDatabaseName();
        try (ServiceProcess service = ServiceProcess.startReady(workDir, postgres.serviceVariables(database))) {
            postgres.execute(database, seedSql());

            try (Socket download = new Socket()) {
                // A small window keeps most of the file on the server's side until the client reads it.
                download.setReceiveBufferSize(4_096);
                download.connect(new InetSocketAddress("127.0.0.1", service.port()), 2_000);
                OutputStream request = download.getOutputStream();
                request.write("GET /v1.0/funds/export HTTP/1.0\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                request.flush();
                BufferedReader response = new BufferedReader(
                        new InputStreamReader(download.getInputStream(), StandardCharsets.UTF_8), 1_024);
                assertThat(response.readLine()).matches("HTTP/1\\.[01] 200 OK");

                service.sendTerm();

                assertThat(refusesNewConnections(service.port(), Duration.ofSeconds(10)))
                        .as("stops accepting while the export is still running")
                        .isTrue();
                assertThat(countBodyLines(response)).isEqualTo(FUNDS + 1);
            }

            assertThat(service.awaitExit(Duration.ofSeconds(30))).isZero();
        } finally {
            postgres.dropDatabase(database);
        }
    }

    private static String seedSql() {
        return """
                insert into fund (id, tenant_id, name, name_lower, slug, description, status, target_raise,
                                  capacity_limit, current_nav, total_shares, show_on_dashboard, nav_date,
                                  created_at, updated_at)
                select gen_random_uuid(), 'default', 'Fund ' || g, 'fund ' || g, 'fund-' || g, '', 'open', 100, 200,
                       1.5, 10, true, current_date, now() - g * interval '1 second', now() - g * interval '1 second'
                from generate_series(1, %d) g
                """.formatted(FUNDS);
    }

    private static boolean refusesNewConnections(int port, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
            } catch (ConnectException refused) {
                return true;
            } catch (IOException otherFailure) {
                // A timeout is not a refusal: keep asking until the deadline.
            }
            ServiceProcess.pause();
        }
        return false;
    }

    private static long countBodyLines(BufferedReader response) throws IOException {
        String line = response.readLine();
        while (line != null && !line.isEmpty()) {
            line = response.readLine();
        }
        long lines = 0;
        while (response.readLine() != null) {
            lines++;
        }
        return lines;
    }
}
