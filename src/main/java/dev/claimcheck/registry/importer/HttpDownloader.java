package dev.claimcheck.registry.importer;

import dev.claimcheck.net.CappedBodySubscriber;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads one published data file over HTTP(S) with {@link HttpClient}: a connect timeout, a
 * deadline for the whole body, a size cap (the body is abandoned as soon as it grows past it) and
 * a cap on redirects, which are followed here rather than by the client. A body shorter than its
 * declared {@code Content-Length} is an error, not a short file.
 */
public final class HttpDownloader implements Downloader {

    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final String userAgent;
    private HttpClient client;

    public HttpDownloader(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects,
                          String userAgent) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.userAgent = userAgent;
    }

    /** With the default caps and timeouts. */
    public HttpDownloader(String userAgent) {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, userAgent);
    }

    @Override
    public byte[] download(URI uri) throws IOException {
        requireHttp(uri, uri);
        URI current = uri;
        int redirects = 0;
        while (true) {
            HttpResponse<byte[]> response = send(uri, current);
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = response.headers().firstValue("location");
                if (location.isEmpty()) {
                    throw new DownloadException(uri, "HTTP " + status + " redirect without a Location header");
                }
                if (redirects >= maxRedirects) {
                    throw new DownloadException(uri, "too many redirects (more than " + maxRedirects + ")");
                }
                redirects++;
                try {
                    current = current.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    throw new DownloadException(uri, "redirect to an invalid address: " + location.get());
                }
                requireHttp(uri, current);
                continue;
            }
            if (status < 200 || status >= 300) {
                throw new DownloadException(uri, "HTTP " + status + reason(status));
            }
            return response.body();
        }
    }

    private static void requireHttp(URI given, URI uri) throws DownloadException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new DownloadException(given, "not an http(s) address: " + uri);
        }
    }

    private HttpResponse<byte[]> send(URI given, URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("User-Agent", userAgent)
                .GET()
                .build();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            return CappedBodySubscriber.capped(info, maxBytes);
        };
        CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request, handler);
        try {
            return future.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DownloadException(given, "no complete answer from " + uri.getHost() + " within "
                    + seconds(connectTimeout.plus(readTimeout)));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DownloadException(given, "interrupted");
        } catch (ExecutionException e) {
            throw translate(given, uri, e.getCause());
        }
    }

    private HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    private DownloadException translate(URI given, URI uri, Throwable failure) {
        Throwable t = failure;
        while (t != null && !(t instanceof IOException) && t.getCause() != null) {
            t = t.getCause();
        }
        String hostPort = uri.getHost() + ":" + (uri.getPort() >= 0 ? uri.getPort()
                : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        if (t instanceof CappedBodySubscriber.TooLargeException) {
            return new DownloadException(given, t.getMessage());
        }
        if (t instanceof HttpConnectTimeoutException) {
            return new DownloadException(given, "could not connect to " + hostPort + " within " + seconds(connectTimeout));
        }
        if (t instanceof HttpTimeoutException) {
            return new DownloadException(given, "no answer from " + uri.getHost() + " within " + seconds(readTimeout));
        }
        if (t instanceof ConnectException) {
            return new DownloadException(given, "could not connect to " + hostPort);
        }
        String message = t == null || t.getMessage() == null || t.getMessage().isBlank()
                ? String.valueOf(t == null ? failure : t.getClass().getSimpleName()) : t.getMessage();
        return new DownloadException(given, "download failed or cut short (" + message + ")");
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }
}
