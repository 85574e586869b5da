package dev.claimcheck.registry.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The format readers by name. */
public final class Readers {

    private final Map<String, FormatReader> byName = new TreeMap<>();

    public Readers() {
        for (FormatReader r : List.of(new LiveBenchReader(), new ArenaHardReader(), new LiveCodeBenchReader(),
                new AiderReader(), new SweBenchReader(), new LmArenaReader(), new EpochReader(),
                new EpochModelsReader(), new ZeroEvalReader(), new VendorReader(), new GenericCsvReader())) {
            byName.put(r.format(), r);
        }
    }

    public FormatReader get(String format) {
        FormatReader r = byName.get(format.toLowerCase(Locale.ROOT));
        if (r == null) {
            throw new IllegalArgumentException("unknown import format '" + format + "'; known: " + byName.keySet());
        }
        return r;
    }

    public java.util.Set<String> formats() {
        return byName.keySet();
    }
}
