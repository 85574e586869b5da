package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pipe tables of a markdown file, with the headings above each table and line numbers.
 * Tables inside HTML comments are ignored.
 */
public final class MarkdownTables {

    /** A table row: its cells (trimmed, outer pipes removed), its 1-based line and its text. */
    public record Row(int line, List<String> cells, String text) {
    }

    /**
     * A table.
     *
     * @param headings the headings in force, innermost first (text without '#')
     * @param header   header cells
     * @param rows     data rows (separator row left out)
     * @param line     line of the header row
     */
    public record Table(List<String> headings, List<String> header, List<Row> rows, int line) {
    }

    private MarkdownTables() {
    }

    public static List<Table> read(Path file, String displayPath) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Table> tables = new ArrayList<>();
        String[] headings = new String[7];
        boolean comment = false;
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            String t = line.trim();
            if (comment) {
                if (t.contains("-->")) {
                    comment = false;
                }
                i++;
                continue;
            }
            if (t.startsWith("<!--") && !t.contains("-->")) {
                comment = true;
                i++;
                continue;
            }
            if (t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                if (level <= 6 && (t.length() == level || t.charAt(level) == ' ')) {
                    headings[level] = t.substring(level).trim();
                    for (int l = level + 1; l <= 6; l++) {
                        headings[l] = null;
                    }
                }
                i++;
                continue;
            }
            if (t.startsWith("|") && i + 1 < lines.size() && isSeparator(lines.get(i + 1))) {
                List<String> header = cells(t);
                int headerLine = i + 1;
                List<Row> rows = new ArrayList<>();
                i += 2;
                while (i < lines.size() && lines.get(i).trim().startsWith("|")) {
                    List<String> c = cells(lines.get(i).trim());
                    if (c.size() != header.size()) {
                        throw new ImportException(displayPath, i + 1, "table row has " + c.size()
                                + " cells, the header (line " + headerLine + ") has " + header.size());
                    }
                    rows.add(new Row(i + 1, c, lines.get(i).trim()));
                    i++;
                }
                List<String> stack = new ArrayList<>();
                for (int l = 6; l >= 1; l--) {
                    if (headings[l] != null) {
                        stack.add(headings[l]);
                    }
                }
                tables.add(new Table(List.copyOf(stack), header, rows, headerLine));
                continue;
            }
            i++;
        }
        return tables;
    }

    private static boolean isSeparator(String line) {
        String t = line.trim();
        return t.startsWith("|") && t.replaceAll("[|:\\-\\s]", "").isEmpty() && t.contains("-");
    }

    static List<String> cells(String row) {
        String t = row.trim();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) {
            out.add(c.trim());
        }
        return out;
    }

    /** Cell text without bold/italic markers and HTML line breaks. */
    public static String plain(String cell) {
        return cell.replace("**", "").replace("***", "").replace("<br/>", "").replace("<br>", "").trim();
    }
}
