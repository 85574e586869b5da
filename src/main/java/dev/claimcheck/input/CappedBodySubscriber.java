package dev.claimcheck.input;

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
 * {@link #skipping()} cancels the body at once: for redirects, errors and refused types.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  /** The body grew past the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(long cap) {
      super("page larger than " + cap + " bytes");
    }
  }

  private final long cap;
  private final boolean skip;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;

  CappedBodySubscriber(long cap) {
    this(cap, false);
  }

  private CappedBodySubscriber(long cap, boolean skip) {
    this.cap = cap;
    this.skip = skip;
  }

  static CappedBodySubscriber skipping() {
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
  void fail(Throwable why) {
    result.completeExceptionally(why);
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
