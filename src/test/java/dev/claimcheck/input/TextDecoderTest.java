package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void stripsUtf8ByteOrderMark() {
    TextDecoder.Decoded d = TextDecoder.decode(Fixtures.bytes("bom.txt"), StandardCharsets.UTF_8);
    assertEquals("GPT-4o scores 88.7 on MMLU.\nSecond line.\n", d.text());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void replacesInvalidBytesAndReportsFirstOffsetAndCount() {
    byte[] bytes = {'a', 'b', (byte) 0xFF, 'c', (byte) 0xC3, 'd', (byte) 0xE2, (byte) 0x82};
    TextDecoder.Decoded d = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    assertEquals("ab\uFFFDc\uFFFDd\uFFFD", d.text());
    assertEquals(
        List.of("invalid UTF-8 at byte 2 replaced with U+FFFD (3 invalid sequences in all)"),
        d.warnings());
  }

  @Test
  void offsetCountsTheByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x', (byte) 0x80};
    TextDecoder.Decoded d = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
    assertEquals("x\uFFFD", d.text());
    assertEquals(List.of("invalid UTF-8 at byte 4 replaced with U+FFFD"), d.warnings());
  }

  @Test
  void keepsValidMultiByteText() {
    String s = "Café – 84,0\u00A0% — 通义千问 🚀";
    TextDecoder.Decoded d = TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    assertEquals(s, d.text());
    assertTrue(d.warnings().isEmpty());
  }
}
