package dev.studybot.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over one kept-alive socket, for the benchmark's 200 clients: the JDK's
 * HttpClient costs enough CPU per request to distort a measurement taken on the same two cores as
 * the bot. It sends a form POST and reads the status and the body (Content-Length only, as the JDK
 * server answers).
 */
final class RawHttpClient implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttpClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Posts a form body with extra headers and returns the status code. */
    int post(String path, String body, String... headers) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                connect();
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                StringBuilder request = new StringBuilder()
                        .append("POST ")
                        .append(path)
                        .append(" HTTP/1.1\r\n")
                        .append("Host: ")
                        .append(host)
                        .append(':')
                        .append(port)
                        .append("\r\n")
                        .append("Content-Type: application/x-www-form-urlencoded\r\n")
                        .append("Content-Length: ")
                        .append(bytes.length)
                        .append("\r\n");
                for (int i = 0; i + 1 < headers.length; i += 2) {
                    request.append(headers[i])
                            .append(": ")
                            .append(headers[i + 1])
                            .append("\r\n");
                }
                request.append("\r\n");
                out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                if (attempt >= 1) {
                    throw e;
                }
                // the server closed a kept-alive connection: one retry on a fresh one
            }
        }
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
    }

    private int readResponse() throws IOException {
        String status = line();
        if (status == null || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP response: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        int length = 0;
        boolean close = false;
        String header;
        while ((header = line()) != null && !header.isEmpty()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        for (int read = 0; read < length; ) {
            long skipped = in.skip(length - read);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("body cut short");
                }
                skipped = 1;
            }
            read += (int) skipped;
        }
        if (close) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                buffer.write(c);
            }
        }
        if (c < 0 && buffer.size() == 0) {
            return null;
        }
        return buffer.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
    }
}
