package dev.claimcheck.input;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are fetched and read.
 *
 * @param connectTimeout longest wait for a TCP/TLS connection to a web server
 * @param readTimeout longest wait for a server's answer, from sending the request to the last
 *     byte of the page
 * @param maxBodyBytes pages larger than this are refused
 * @param maxRedirects redirects followed before giving up
 * @param userAgent sent with every request
 * @param format a format that every input is read as; empty to decide per input
 */
public record InputOptions(
    Duration connectTimeout,
    Duration readTimeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    Optional<DocumentFormat> format) {

  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final String DEFAULT_USER_AGENT = "claimcheck/0.1 (benchmark claim checker)";

  public InputOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(userAgent, "userAgent");
    Objects.requireNonNull(format, "format");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connect timeout must be positive");
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("read timeout must be positive");
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("max body bytes must be positive");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("max redirects must not be negative");
    }
  }

  /** Defaults: 10 s to connect, 30 s to read, 5 MiB, 5 redirects, format decided per input. */
  public static InputOptions defaults() {
    return new InputOptions(
        DEFAULT_CONNECT_TIMEOUT,
        DEFAULT_READ_TIMEOUT,
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_REDIRECTS,
        DEFAULT_USER_AGENT,
        Optional.empty());
  }

  public InputOptions withConnectTimeout(Duration value) {
    return new InputOptions(value, readTimeout, maxBodyBytes, maxRedirects, userAgent, format);
  }

  public InputOptions withReadTimeout(Duration value) {
    return new InputOptions(connectTimeout, value, maxBodyBytes, maxRedirects, userAgent, format);
  }

  public InputOptions withMaxBodyBytes(long value) {
    return new InputOptions(connectTimeout, readTimeout, value, maxRedirects, userAgent, format);
  }

  public InputOptions withMaxRedirects(int value) {
    return new InputOptions(connectTimeout, readTimeout, maxBodyBytes, value, userAgent, format);
  }

  public InputOptions withUserAgent(String value) {
    return new InputOptions(connectTimeout, readTimeout, maxBodyBytes, maxRedirects, value, format);
  }

  /** Reads every input as {@code value}; {@code null} restores per-input detection. */
  public InputOptions withFormat(DocumentFormat value) {
    return new InputOptions(
        connectTimeout, readTimeout, maxBodyBytes, maxRedirects, userAgent,
        Optional.ofNullable(value));
  }
}
