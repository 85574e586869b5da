package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.util.List;

/** Reads one publisher's raw file format. Implementations hold no mutable state. */
public interface FormatReader {

    /** The format name used on the command line and in the import manifest. */
    String format();

    /**
     * Reads the file into one batch per source file of the registry (most formats give one;
     * a file holding several dated snapshots gives one per snapshot).
     *
     * @throws ImportException when the file is malformed (message names file and line)
     */
    List<ImportBatch> read(ImportRequest request) throws IOException;
}
