package dev.claimcheck.registry.importer;

import java.io.IOException;
import java.net.URI;

/** Fetches the bytes of one published data file; replaceable in tests. */
public interface Downloader {

    /**
     * The whole body of a successful answer.
     *
     * @throws IOException when there is no such answer; {@link DownloadException} messages name the address
     */
    byte[] download(URI uri) throws IOException;
}
