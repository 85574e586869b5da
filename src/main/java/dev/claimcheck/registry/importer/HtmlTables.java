package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML {@code <table>}s embedded in a markdown file, expanded to a rectangular grid ({@code rowspan}
 * cells repeated on the rows they span), with the markdown headings above each table.
 */
public final class HtmlTables {

    private HtmlTables() {
    }

    public static List<MarkdownTables.Table> read(Path file, String displayPath) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<MarkdownTables.Table> out = new ArrayList<>();
        String[] headings = new String[7];
        String[] lines = text.split("\n", -1);
        StringBuilder table = null;
        int tableLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (table == null && t.startsWith("#")) {
                int level = 0;
                while (level < t.length() && t.charAt(level) == '#') {
                    level++;
                }
                if (level <= 6 && t.length() > level && t.charAt(level) == ' ') {
                    headings[level] = t.substring(level).trim();
                    for (int l = level + 1; l <= 6; l++) {
                        headings[l] = null;
                    }
                }
            }
            if (table == null && t.startsWith("<table")) {
                table = new StringBuilder();
                tableLine = i + 1;
            }
            if (table != null) {
                table.append(lines[i]).append('\n');
                if (t.contains("</table>")) {
                    List<String> stack = new ArrayList<>();
                    for (int l = 6; l >= 1; l--) {
                        if (headings[l] != null) {
                            stack.add(headings[l]);
                        }
                    }
                    out.add(grid(table.toString(), tableLine, stack, displayPath));
                    table = null;
                }
            }
        }
        if (table != null) {
            throw new ImportException(displayPath, tableLine, "<table> not closed (file truncated?)");
        }
        return out;
    }

    private static MarkdownTables.Table grid(String html, int firstLine, List<String> headings, String displayPath) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        List<Element> trs = doc.select("tr");
        if (trs.isEmpty()) {
            throw new ImportException(displayPath, firstLine, "table without rows");
        }
        Map<Integer, String> carried = new HashMap<>();
        Map<Integer, Integer> carriedLeft = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        int width = -1;
        for (Element tr : trs) {
            List<String> row = new ArrayList<>();
            List<Element> tds = tr.select("> td, > th");
            int col = 0;
            int k = 0;
            while (k < tds.size() || carriedLeft.getOrDefault(col, 0) > 0) {
                if (carriedLeft.getOrDefault(col, 0) > 0) {
                    row.add(carried.get(col));
                    carriedLeft.merge(col, -1, Integer::sum);
                    col++;
                    continue;
                }
                Element td = tds.get(k++);
                String value = td.text().trim();
                int span = parseSpan(td.attr("rowspan"));
                if (span > 1) {
                    carried.put(col, value);
                    carriedLeft.put(col, span - 1);
                }
                row.add(value);
                col++;
            }
            if (width < 0) {
                width = row.size();
            } else if (row.size() != width) {
                throw new ImportException(displayPath, firstLine, "HTML table row " + (rows.size() + 1) + " has "
                        + row.size() + " cells after rowspan expansion, the header has " + width);
            }
            rows.add(row);
        }
        List<MarkdownTables.Row> data = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            data.add(new MarkdownTables.Row(firstLine, rows.get(r), String.join(" | ", rows.get(r))));
        }
        return new MarkdownTables.Table(List.copyOf(headings), rows.get(0), data, firstLine);
    }

    private static int parseSpan(String s) {
        try {
            return s == null || s.isBlank() ? 1 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
