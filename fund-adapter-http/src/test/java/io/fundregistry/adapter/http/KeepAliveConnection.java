package io.fundregistry.adapter.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 connection that stays open across requests, so a test can ask on a connection made before something
 * happened (such as shutdown) and see what the server does with it. Not thread-safe.
 */
final class KeepAliveConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    private KeepAliveConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    static KeepAliveConnection open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        return new KeepAliveConnection(socket);
    }

    /** Sends a GET on this connection and reads its answer; checks an error answer as {@link TestClient} does. */
    Answer get(String path) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();

        int status = Integer.parseInt(readLine().substring(9, 12));
        Map<String, List<String>> headers = readHeaders();
        String body = new String(readBody(headers), StandardCharsets.UTF_8);
        Answer answer = new Answer(status, HttpHeaders.of(headers, (name, value) -> true), body);
        ErrorBodyGuard.check(answer);
        return answer;
    }

    private Map<String, List<String>> readHeaders() throws IOException {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip(), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return headers;
    }

    private byte[] readBody(Map<String, List<String>> headers) throws IOException {
        List<String> length = headers.get("Content-Length");
        if (length != null) {
            return readExactly(Integer.parseInt(length.get(0)));
        }
        List<String> encoding = headers.get("Transfer-Encoding");
        if (encoding == null || !encoding.get(0).toLowerCase(Locale.ROOT).contains("chunked")) {
            throw new IOException("Neither a length nor chunks: the body would run to the end of the connection.");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(readExactly(size));
            readLine();
        }
        readLine();
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = readLine();
        int extension = line.indexOf(';');
        return Integer.parseInt(
                extension < 0 ? line.strip() : line.substring(0, extension).strip(), 16);
    }

    private byte[] readExactly(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        if (bytes.length < count) {
            throw new EOFException("The server closed the connection mid-answer.");
        }
        return bytes;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new EOFException("The server closed the connection.");
            }
            if (next != '\r') {
                line.append((char) next);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
