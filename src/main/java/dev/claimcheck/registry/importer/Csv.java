package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV reader (quoted fields may hold commas, quotes and line breaks). */
public final class Csv {

    /** A data row with the line it starts on. */
    public record Row(int line, List<String> cells, Map<String, Integer> header, String file) {

        /** The cell under a header name; an error naming file and line when the column is absent. */
        public String get(String column) {
            Integer i = header.get(column);
            if (i == null) {
                throw new ImportException(file, line, "no column '" + column + "' (columns: " + header.keySet() + ")");
            }
            return i < cells.size() ? cells.get(i) : "";
        }

        public boolean has(String column) {
            return header.containsKey(column);
        }
    }

    /** The header and rows of a CSV file. */
    public record Table(List<String> header, List<Row> rows) {
    }

    private Csv() {
    }

    public static Table read(Path file, String displayPath) throws IOException {
        return read(file, displayPath, java.util.Set.of());
    }

    /** As {@link #read(Path, String)}, leaving out the records starting on the given 1-based lines. */
    public static Table read(Path file, String displayPath, java.util.Set<Integer> skipLines) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                cur.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || cell.length() > 0) {
                    cur.add(cell.toString());
                    records.add(cur);
                    lines.add(start);
                }
                cur = new ArrayList<>();
                cell.setLength(0);
                any = false;
                line++;
                start = line;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new ImportException(displayPath, start, "unterminated quoted field (file truncated?)");
        }
        if (any || cell.length() > 0) {
            cur.add(cell.toString());
            records.add(cur);
            lines.add(start);
        }
        if (records.isEmpty()) {
            throw new ImportException(displayPath, 1, "empty CSV file, expected a header line");
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (skipLines.contains(lines.get(r))) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new ImportException(displayPath, lines.get(r), "expected " + header.size()
                        + " fields as in the header, found " + cells.size() + " (truncated or malformed row?)");
            }
            rows.add(new Row(lines.get(r), List.copyOf(cells), index, displayPath));
        }
        return new Table(header, rows);
    }
}
