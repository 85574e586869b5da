package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.net.URI;

/** A published data file could not be downloaded. The message starts with its address. */
public final class DownloadException extends IOException {

    private static final long serialVersionUID = 1L;

    public DownloadException(URI uri, String message) {
        super(uri + ": " + message);
    }
}
