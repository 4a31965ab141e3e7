package dev.studybot.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why {@code SlackHttpServer} turns TCP_NODELAY on: the JDK HTTP server writes a response's headers
 * and its body apart, so with Nagle's algorithm the body waits for the client's delayed ACK. This
 * times 500 sequential POSTs answered with a small JSON body (a search suggestion's size) over one
 * kept-alive loopback connection, with the server's setting as the JVM was started:
 *
 * <pre>{@code
 * java -cp target/test-classes dev.studybot.bench.JdkHttpServerNagle
 * java -Dsun.net.httpserver.nodelay=true -cp target/test-classes dev.studybot.bench.JdkHttpServerNagle
 * }</pre>
 */
public final class JdkHttpServerNagle {
    private static final int REQUESTS = 500;

    private JdkHttpServerNagle() {}

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = "{\"options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\"epoll\"},\"value\":\"1.1\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            HttpClient client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            long[] nanos = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                long start = System.nanoTime();
                client.send(
                        HttpRequest.newBuilder(uri)
                                .POST(HttpRequest.BodyPublishers.ofString("payload=%7B%7D"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    Locale.ROOT,
                    "sun.net.httpserver.nodelay=%s: %d requests, median %.2f ms, p99 %.2f ms%n",
                    System.getProperty("sun.net.httpserver.nodelay"),
                    REQUESTS,
                    nanos[REQUESTS / 2] / 1e6,
                    nanos[REQUESTS * 99 / 100] / 1e6);
        } finally {
            server.stop(0);
        }
    }
}
