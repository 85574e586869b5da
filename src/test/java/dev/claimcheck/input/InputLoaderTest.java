package dev.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimcheck.text.Position;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputLoaderTest {
  private static final InputStream NO_STDIN = InputStream.nullInputStream();

  private final InputLoader loader = new InputLoader();

  @TempDir Path tmp;

  private static InputStream stdin(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private LoadedInput loadOne(String arg) {
    List<LoadedInput> all = loader.load(List.of(arg), NO_STDIN);
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  @Test
  void readsFilesByExtension() {
    LoadedInput md = loadOne(Fixtures.path("article.md").toString());
    assertFalse(md.isError());
    assertEquals(DocumentFormat.MARKDOWN, md.document().format());
    assertEquals(DocumentFormat.HTML,
        loadOne(Fixtures.path("news-en.html").toString()).document().format());

    LoadedInput txt = loadOne(Fixtures.path("bom.txt").toString());
    assertEquals(DocumentFormat.TEXT, txt.document().format());
    assertEquals("GPT-4o scores 88.7 on MMLU.\nSecond line.\n", txt.document().text());
    assertEquals(new Position(2, 1), txt.document().positions().positionOf(28));
    assertEquals(Fixtures.path("bom.txt").toString(), txt.name());
  }

  @Test
  void plainTextKeepsCrlfAndMapsLines() throws IOException {
    Path file = tmp.resolve("notes.txt");
    Files.writeString(file, "Line one.\r\nGemini scores 90.0.\r\n");
    SourceDocument doc = loadOne(file.toString()).document();
    assertEquals("Line one.\r\nGemini scores 90.0.\r\n", doc.text());
    assertEquals(new Position(2, 8), doc.positions().positionOf(doc.text().indexOf("scores")));
  }

  @Test
  void otherExtensionsAreReadAsText() throws IOException {
    Path file = tmp.resolve("notes.log");
    Files.writeString(file, "<p>Not sniffed</p>");
    SourceDocument doc = loadOne(file.toString()).document();
    assertEquals(DocumentFormat.TEXT, doc.format());
    assertEquals("<p>Not sniffed</p>", doc.text());
  }

  @Test
  void forcedFormatOverridesTheExtension() throws IOException {
    Path file = tmp.resolve("page.txt");
    Files.writeString(file, "# Title\n\nBody *text*.\n");
    InputLoader forced =
        new InputLoader(InputOptions.defaults().withFormat(DocumentFormat.MARKDOWN));
    SourceDocument doc = forced.load(List.of(file.toString()), NO_STDIN).get(0).document();
    assertEquals(DocumentFormat.MARKDOWN, doc.format());
    assertEquals("  Title\n\nBody  text .\n", doc.text());
  }

  @Test
  void invalidUtf8IsReplacedAndWarned() throws IOException {
    Path file = tmp.resolve("bad.txt");
    byte[] bytes = "Claude scores 88.3".getBytes(StandardCharsets.UTF_8);
    byte[] withJunk = new byte[bytes.length + 2];
    System.arraycopy(bytes, 0, withJunk, 0, 6);
    withJunk[6] = (byte) 0xC0;
    withJunk[7] = (byte) 0xFE;
    System.arraycopy(bytes, 6, withJunk, 8, bytes.length - 6);
    Files.write(file, withJunk);
    SourceDocument doc = loadOne(file.toString()).document();
    assertEquals("Claude\uFFFD\uFFFD scores 88.3", doc.text());
    assertEquals(
        List.of("invalid UTF-8 at byte 6 replaced with U+FFFD (2 invalid sequences in all)"),
        doc.warnings());
  }

  @Test
  void missingFileIsAnErrorAndTheRestGoesOn() {
    String missing = tmp.resolve("missing.md").toString();
    String good = Fixtures.path("bom.txt").toString();
    List<LoadedInput> all = loader.load(List.of(missing, good), NO_STDIN);
    assertEquals(2, all.size());
    assertTrue(all.get(0).isError());
    assertEquals(missing, all.get(0).name());
    assertNull(all.get(0).document());
    assertEquals("no such file or directory", all.get(0).error().getMessage());
    assertEquals(missing, all.get(0).error().input());
    assertFalse(all.get(1).isError());
  }

  @Test
  void anEmptyArgumentIsAnError() {
    LoadedInput in = loadOne("");
    assertTrue(in.isError());
    assertEquals("empty file name", in.error().getMessage());
  }

  @Test
  void folderExpandsInPlaceInStableOrderSkippingHiddenAndOtherFiles() {
    Path folder = Fixtures.path("folder");
    String before = Fixtures.path("bom.txt").toString();
    List<LoadedInput> all = loader.load(List.of(before, folder.toString(), "-"),
        stdin("from stdin"));
    List<String> names = all.stream().map(LoadedInput::name).toList();
    assertEquals(List.of(
        before,
        folder.resolve("A-upper.HTML").toString(),
        folder.resolve("a.txt").toString(),
        folder.resolve("b.md").toString(),
        folder.resolve("sub/c.htm").toString(),
        folder.resolve("sub/deeper/d.markdown").toString(),
        folder.resolve("z.TXT").toString(),
        InputLoader.STDIN_NAME), names);
    assertTrue(all.stream().noneMatch(LoadedInput::isError));
    assertEquals(DocumentFormat.HTML, all.get(1).document().format());
    assertEquals(DocumentFormat.MARKDOWN, all.get(5).document().format());
    assertEquals("Nested c", all.get(4).document().text());
  }

  @Test
  void emptyFolderIsReported() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    Files.writeString(empty.resolve(".hidden.md"), "hidden");
    Files.writeString(empty.resolve("image.png"), "not text");
    LoadedInput only = loadOne(empty.toString());
    assertTrue(only.isError());
    assertEquals("no .txt, .md, .markdown, .html or .htm files in folder",
        only.error().getMessage());
  }

  @Test
  void symbolicLinkLoopsAreNotFollowed() throws IOException {
    Path root = Files.createDirectory(tmp.resolve("root"));
    Files.writeString(root.resolve("a.md"), "A");
    Path sub = Files.createDirectory(root.resolve("sub"));
    Files.writeString(sub.resolve("b.txt"), "B");
    try {
      Files.createSymbolicLink(sub.resolve("loop"), root);
      Files.createSymbolicLink(root.resolve("link.md"), sub.resolve("b.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links here
    }
    List<String> names = loader.load(List.of(root.toString()), NO_STDIN).stream()
        .map(LoadedInput::name).toList();
    assertEquals(List.of(
        root.resolve("a.md").toString(),
        root.resolve("link.md").toString(),
        root.resolve("sub/b.txt").toString()), names);
  }

  @Test
  void stdinIsSniffed() {
    LoadedInput html = loader.load(List.of("-"),
        stdin("\uFEFF  \n<!DOCTYPE html><html><body><p>Grok 3 scores 93.3 on AIME.</p>"))
        .get(0);
    assertEquals(InputLoader.STDIN_NAME, html.name());
    assertEquals(DocumentFormat.HTML, html.document().format());
    assertEquals("Grok 3 scores 93.3 on AIME.", html.document().text());

    LoadedInput bodyOnly = loader.load(List.of("-"), stdin("junk <BODY><p>x</p>")).get(0);
    assertEquals(DocumentFormat.HTML, bodyOnly.document().format());

    LoadedInput text = loader.load(List.of("-"), stdin("a < b and <p> alone")).get(0);
    assertEquals(DocumentFormat.TEXT, text.document().format());
    assertEquals("a < b and <p> alone", text.document().text());
  }

  @Test
  void stdinCanBeReadOnlyOnce() {
    List<LoadedInput> all = loader.load(List.of("-", "-"), stdin("text"));
    assertFalse(all.get(0).isError());
    assertTrue(all.get(1).isError());
    assertEquals("standard input can only be read once", all.get(1).error().getMessage());
  }

  @Test
  void unreadableStdinIsAnErrorEntry() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device gone");
      }
    };
    LoadedInput in = loader.load(List.of("-"), broken).get(0);
    assertTrue(in.isError());
    assertEquals("cannot read standard input: device gone", in.error().getMessage());
  }

  @Test
  void unexpectedFailuresBecomeErrorEntries() {
    InputStream exploding = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("boom");
      }
    };
    LoadedInput in = loader.load(List.of("-"), exploding).get(0);
    assertTrue(in.isError());
    assertEquals("internal error reading input: IllegalStateException: boom",
        in.error().getMessage());
  }

  @Test
  void loadedInputHoldsExactlyOneOutcome() {
    InputException e = new InputException("x", "bad");
    assertEquals("x", LoadedInput.failed(e).name());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new LoadedInput("x", null, null));
    assertEquals(Optional.empty(), InputOptions.defaults().format());
    assertEquals(5L * 1024 * 1024, InputOptions.defaults().maxBodyBytes());
    assertEquals(5, InputOptions.defaults().maxRedirects());
  }
}
