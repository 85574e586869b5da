package dev.claimcheck.registry.importer;

import java.nio.file.Path;

/** A raw file could not be imported. The message always names the file and, when known, the line. */
public final class ImportException extends RuntimeException {

    private final String file;
    private final int line;

    public ImportException(String file, int line, String message) {
        this(file, line, message, null);
    }

    public ImportException(String file, int line, String message, Throwable cause) {
        super(format(file, line, message), cause);
        this.file = file;
        this.line = line;
    }

    public ImportException(Path file, int line, String message) {
        this(String.valueOf(file), line, message, null);
    }

    public ImportException(Path file, int line, String message, Throwable cause) {
        this(String.valueOf(file), line, message, cause);
    }

    private static String format(String file, int line, String message) {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    /** The file the problem was found in. */
    public String file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }
}
