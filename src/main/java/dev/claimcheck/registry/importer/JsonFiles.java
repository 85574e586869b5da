package dev.claimcheck.registry.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reading and byte-stable writing of the registry's JSON files. */
public final class JsonFiles {

    private final ObjectMapper mapper;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;

    public JsonFiles() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.pretty = mapper.writer(printer);
        this.compact = mapper.writer(new CompactPrinter());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** Parses a JSON file; syntax errors name the file, line and column. */
    public JsonNode read(Path file) throws IOException {
        try {
            return mapper.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new ImportException(file, loc == null ? 0 : loc.getLineNr(),
                    "invalid JSON" + (loc == null ? "" : " at column " + loc.getColumnNr()) + ": "
                            + e.getOriginalMessage(), e);
        }
    }

    /** Pretty JSON with two-space indentation, LF line ends and a final newline. */
    public String pretty(JsonNode node) {
        try {
            return pretty.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One-line JSON ({@code "key": value, ...}). */
    public String compact(JsonNode node) {
        try {
            return compact.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source file: the {@code source} object pretty, then {@code results} one object per line. */
    public String sourceFile(ObjectNode source, ArrayNode results) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"source\": ");
        String src = pretty(source).stripTrailing().replace("\n", "\n  ");
        out.append(src).append(",\n  \"results\": [");
        for (int i = 0; i < results.size(); i++) {
            out.append(i == 0 ? "\n    " : ",\n    ").append(compact(results.get(i)));
        }
        out.append(results.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    /** Writes through a temporary file in the same folder and an atomic rename. */
    public static void writeAtomically(Path target, String content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Single-line printer with a space after colons and commas. */
    private static final class CompactPrinter extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
