package dev.claimcheck.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns bytes into text: BOM removed, invalid sequences replaced by U+FFFD with a warning. */
final class TextDecoder {
  private static final char REPLACEMENT = '\uFFFD';

  /** Decoded text and the warnings met on the way. */
  record Decoded(String text, List<String> warnings) {
    Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, Charset charset) {
    int start = 0;
    if (charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes)) {
      start = 3;
    }
    Result r = run(bytes, start, charset);
    String text = r.text;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<String> warnings = new ArrayList<>();
    r.warning(charset).ifPresent(warnings::add);
    return new Decoded(text, warnings);
  }

  /** The warning that decoding {@code bytes} would give, if any. */
  static Optional<String> invalidBytesWarning(byte[] bytes, Charset charset) {
    return run(bytes, 0, charset).warning(charset);
  }

  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private record Result(String text, long firstBad, int badCount) {
    Optional<String> warning(Charset charset) {
      if (badCount == 0) {
        return Optional.empty();
      }
      String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
      String msg = "invalid " + name + " at byte " + firstBad + " replaced with U+FFFD";
      if (badCount > 1) {
        msg += " (" + badCount + " invalid sequences in all)";
      }
      return Optional.of(msg);
    }
  }

  /**
   * Decodes with {@link CodingErrorAction#REPORT} so that every bad sequence is seen: each is
   * replaced by one U+FFFD, as {@link CodingErrorAction#REPLACE} would do, and the first byte
   * offset and the count are kept for the warning.
   */
  private static Result run(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
            (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte())) + 16);
    long firstBad = -1;
    int badCount = 0;
    while (true) {
      CoderResult cr = decoder.decode(in, out, true);
      if (cr.isUnderflow()) {
        break;
      }
      if (cr.isOverflow()) {
        out = grow(out);
        continue;
      }
      if (firstBad < 0) {
        firstBad = in.position();
      }
      badCount++;
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put(REPLACEMENT);
      in.position(in.position() + cr.length());
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    return new Result(out.toString(), firstBad, badCount);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
