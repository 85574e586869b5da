package dev.claimcheck.input;

import dev.claimcheck.net.CappedBodySubscriber;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;

/**
 * Fetches web pages: follows redirects itself up to a cap, refuses bodies over a size cap and
 * content types that are not pages, and reports failures in a sentence.
 */
final class HttpFetcher {
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1";
  private static final Map<Integer, String> REASONS =
      Map.ofEntries(
          Map.entry(400, "Bad Request"),
          Map.entry(401, "Unauthorized"),
          Map.entry(402, "Payment Required"),
          Map.entry(403, "Forbidden"),
          Map.entry(404, "Not Found"),
          Map.entry(405, "Method Not Allowed"),
          Map.entry(406, "Not Acceptable"),
          Map.entry(408, "Request Timeout"),
          Map.entry(410, "Gone"),
          Map.entry(429, "Too Many Requests"),
          Map.entry(451, "Unavailable For Legal Reasons"),
          Map.entry(500, "Internal Server Error"),
          Map.entry(502, "Bad Gateway"),
          Map.entry(503, "Service Unavailable"),
          Map.entry(504, "Gateway Timeout"));

  /** A fetched page: where it finally came from, its body and its declared type. */
  record Page(URI uri, byte[] body, Optional<ContentType> contentType) {}

  private record Exchange(int status, HttpHeaders headers, byte[] body) {}

  private final InputOptions options;
  private final boolean checkTypes;
  private HttpClient client;

  /**
   * @param checkTypes whether to refuse content types that are not HTML or text (off when the
   *     user forces a format)
   */
  HttpFetcher(InputOptions options, boolean checkTypes) {
    this.options = options;
    this.checkTypes = checkTypes;
  }

  Page fetch(String given) throws InputException {
    URI uri = parseUrl(given);
    int redirects = 0;
    while (true) {
      Exchange ex = send(given, uri);
      int status = ex.status();
      if (isRedirect(status)) {
        Optional<String> location = ex.headers().firstValue("location");
        if (location.isEmpty()) {
          throw new InputException(given, "HTTP " + status + " redirect without a Location header");
        }
        if (redirects >= options.maxRedirects()) {
          throw new InputException(
              given, "too many redirects (more than " + options.maxRedirects() + ")");
        }
        redirects++;
        uri = resolve(given, uri, location.get());
        continue;
      }
      if (status >= 400) {
        String reason = REASONS.get(status);
        throw new InputException(given, "HTTP " + status + (reason != null ? " " + reason : ""));
      }
      if (status < 200 || status >= 300) {
        throw new InputException(given, "unexpected HTTP status " + status);
      }
      Optional<ContentType> type = contentType(ex.headers());
      if (type.isPresent() && isRefused(type.get())) {
        throw new InputException(
            given, "not an HTML or text page (content type " + type.get().mediaType() + ")");
      }
      return new Page(uri, ex.body(), type);
    }
  }

  private static Optional<ContentType> contentType(HttpHeaders headers) {
    return headers.firstValue("content-type").filter(s -> !s.isBlank()).map(ContentType::parse);
  }

  private boolean isRefused(ContentType type) {
    return checkTypes && type.format().isEmpty();
  }

  private Exchange send(String given, URI uri) throws InputException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(options.readTimeout())
        .header("User-Agent", options.userAgent())
        .header("Accept", ACCEPT)
        .GET();
    if (uri.getScheme().equalsIgnoreCase("http")) {
      request.version(HttpClient.Version.HTTP_1_1);
    }
    AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler = info -> {
      CappedBodySubscriber s;
      int status = info.statusCode();
      Optional<ContentType> type = contentType(info.headers());
      if (status < 200 || status >= 300 || type.filter(this::isRefused).isPresent()) {
        s = CappedBodySubscriber.skipping();
      } else {
        s = CappedBodySubscriber.capped(info, options.maxBodyBytes());
      }
      body.set(s);
      return s;
    };
    CompletableFuture<HttpResponse<byte[]>> future = client().sendAsync(request.build(), handler);
    long deadline = options.connectTimeout().plus(options.readTimeout()).toMillis();
    try {
      HttpResponse<byte[]> response = future.get(deadline, TimeUnit.MILLISECONDS);
      return new Exchange(response.statusCode(), response.headers(), response.body());
    } catch (TimeoutException e) {
      future.cancel(true);
      CappedBodySubscriber s = body.get();
      if (s != null) {
        s.fail(new CancellationException("timed out"));
      }
      throw new InputException(
          given, "no answer from " + uri.getHost() + " within " + human(options.readTimeout()));
    } catch (ExecutionException e) {
      throw translate(given, uri, e.getCause());
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new InputException(given, "interrupted while fetching the page");
    }
  }

  private HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .connectTimeout(options.connectTimeout())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    }
    return client;
  }

  private InputException translate(String given, URI uri, Throwable failure) {
    Throwable t = failure;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    String host = uri.getHost();
    String hostPort = host + ":" + port(uri);
    if (t instanceof CappedBodySubscriber.TooLargeException) {
      return new InputException(given, "page " + t.getMessage());
    }
    if (t instanceof HttpConnectTimeoutException) {
      return new InputException(
          given, "could not connect to " + hostPort + " within " + human(options.connectTimeout()));
    }
    if (t instanceof HttpTimeoutException) {
      return new InputException(
          given, "no answer from " + host + " within " + human(options.readTimeout()));
    }
    if (t instanceof UnknownHostException || hasCause(t, UnresolvedAddressException.class)) {
      return new InputException(given, "unknown host " + host);
    }
    if (t instanceof ConnectException) {
      String msg = t.getMessage();
      if (msg == null || msg.isBlank() || msg.toLowerCase(Locale.ROOT).contains("refused")) {
        return new InputException(given, "connection refused by " + hostPort);
      }
      return new InputException(given, "could not connect to " + hostPort + ": " + msg);
    }
    if (t instanceof SSLException) {
      return new InputException(given, "secure connection to " + host + " failed: " + describe(t));
    }
    if (t instanceof IOException) {
      return new InputException(given, "network error talking to " + host + ": " + describe(t));
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    return new InputException(given, "could not fetch the page: " + describe(t));
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    String msg = t.getMessage();
    return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 1000 == 0) {
      return (ms / 1000) + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI parseUrl(String given) throws InputException {
    try {
      URI uri = new URI(given);
      checkHttp(given, uri);
      return uri;
    } catch (URISyntaxException e) {
      throw new InputException(given, "not a valid URL: " + e.getReason());
    }
  }

  private static URI resolve(String given, URI base, String location) throws InputException {
    try {
      URI next = base.resolve(new URI(location.strip()));
      checkHttp(given, next);
      return next;
    } catch (URISyntaxException e) {
      throw new InputException(given, "redirect to an invalid URL: " + location);
    }
  }

  private static void checkHttp(String given, URI uri) throws InputException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new InputException(given, "not an http or https URL: " + uri);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new InputException(given, "URL without a host name: " + uri);
    }
  }
}
