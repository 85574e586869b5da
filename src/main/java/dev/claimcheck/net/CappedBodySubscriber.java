package dev.claimcheck.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body, giving up as soon as it grows past a cap. A subscriber made with
 * {@link #capped} fails at once when the declared {@code Content-Length} is already past the cap;
 * one made with {@link #skipping()} cancels the body at once: for redirects, errors and refused
 * types.
 */
public final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  /** The body grew past the cap. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long cap) {
      super("larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final boolean skip;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;

  private CappedBodySubscriber(long cap, boolean skip) {
    this.cap = cap;
    this.skip = skip;
  }

  /**
   * A subscriber for the body of {@code info} that keeps at most {@code cap} bytes; it has already
   * failed with a {@link TooLargeException} if the response declares a longer body.
   */
  public static CappedBodySubscriber capped(HttpResponse.ResponseInfo info, long cap) {
    CappedBodySubscriber s = new CappedBodySubscriber(cap, false);
    if (info.headers().firstValueAsLong("content-length").orElse(-1) > cap) {
      s.fail(new TooLargeException(cap));
    }
    return s;
  }

  /** A subscriber that cancels the body at once and completes with no bytes. */
  public static CappedBodySubscriber skipping() {
    return new CappedBodySubscriber(0, true);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (skip) {
      s.cancel();
      result.complete(new byte[0]);
    } else if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if (buffer.size() + (long) item.remaining() > cap) {
        fail(new TooLargeException(cap));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      buffer.write(chunk, 0, chunk.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Stops reading the body and fails it with {@code why}. */
  public void fail(Throwable why) {
    result.completeExceptionally(why);
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
