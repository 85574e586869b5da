package dev.claimcheck.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Lists the readable files under a folder: {@code .txt .md .markdown .html .htm} in any case,
 * skipping hidden files and folders (names starting with a dot) and never following symbolic
 * links to folders, so that link loops cannot happen. Files come sorted by their path relative
 * to the folder, with {@code /} separators, compared with {@link String#compareTo}.
 */
final class FolderScanner {
  /** A file found, or a sub-folder that could not be listed ({@code failure} set). */
  record Entry(String relative, Path path, IOException failure) {}

  private FolderScanner() {}

  /** Scans {@code root}; fails only when {@code root} itself cannot be listed. */
  static List<Entry> scan(Path root) throws IOException {
    List<Entry> found = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>();
    list(root, root, folders, found);
    while (!folders.isEmpty()) {
      Path folder = folders.pop();
      try {
        list(root, folder, folders, found);
      } catch (IOException e) {
        found.add(new Entry(relative(root, folder), folder, e));
      }
    }
    found.sort(Comparator.comparing(Entry::relative));
    return found;
  }

  private static void list(Path root, Path folder, Deque<Path> folders, List<Entry> found)
      throws IOException {
    try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
      for (Path child : children) {
        String name = child.getFileName().toString();
        if (name.startsWith(".")) {
          continue;
        }
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          folders.push(child);
        } else if (Formats.byExtension(name).isPresent()) {
          if (Files.isRegularFile(child)) {
            found.add(new Entry(relative(root, child), child, null));
          } else {
            // A dangling link or a special file with an article's name: say so, never drop it.
            found.add(new Entry(relative(root, child), child, new java.nio.file.FileSystemException(
                child.toString(), null, Files.isSymbolicLink(child)
                    ? "broken link" : "not a regular file")));
          }
        }
      }
    }
  }

  private static String relative(Path root, Path path) {
    Path rel = root.relativize(path);
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
