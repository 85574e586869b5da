package dev.claimcheck.registry.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 (a free port) that serves what a test tells it, path by path, and
 * 404 for everything else. Records every path asked for. Nothing leaves the machine.
 */
public final class LoopbackServer implements AutoCloseable {

    private interface Answer {
        void send(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "loopback-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new ArrayList<>();

    private LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", ex -> {
            try (ex) {
                String path = ex.getRequestURI().getRawPath();
                synchronized (requests) {
                    requests.add(path);
                }
                Answer a = answers.get(path);
                if (a == null) {
                    reply(ex, 404, "not here\n".getBytes());
                } else {
                    a.send(ex);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away or the answer was cut short on purpose
            }
        });
        server.start();
    }

    public static LoopbackServer start() {
        return new LoopbackServer();
    }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** 200 with this body. */
    public LoopbackServer serve(String path, byte[] body) {
        answers.put(path, ex -> reply(ex, 200, body));
        return this;
    }

    /** This status with a short body. */
    public LoopbackServer status(String path, int status) {
        answers.put(path, ex -> reply(ex, status, ("status " + status + "\n").getBytes()));
        return this;
    }

    /** A 302 to {@code location}. */
    public LoopbackServer redirect(String path, String location) {
        answers.put(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
        });
        return this;
    }

    /** Declares {@code body.length + missing} bytes, sends {@code body}, and closes the connection. */
    public LoopbackServer cutShort(String path, byte[] body, int missing) {
        answers.put(path, ex -> {
            ex.sendResponseHeaders(200, body.length + missing);
            OutputStream out = ex.getResponseBody();
            out.write(body);
            out.flush();
            throw new IOException("cut short on purpose");
        });
        return this;
    }

    /** Answers {@code body} after {@code delay}. */
    public LoopbackServer slow(String path, byte[] body, Duration delay) {
        answers.put(path, ex -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            reply(ex, 200, body);
        });
        return this;
    }

    /** The paths asked for so far, in order. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private static void reply(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
