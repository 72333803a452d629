package org.attest.gazetteer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.AttestException;

/**
 * The real GeoNames cities500 table fetched by the build, loaded once for all tests that need
 * it. Tests that use it are skipped, with a message, when the table has not been fetched.
 */
public final class GeoNamesFixture {
    private static Gazetteer loaded;

    private GeoNamesFixture() {}

    public static synchronized Gazetteer gazetteer() {
        Path data = GazetteerStore.defaultDataDir();
        Path table = GazetteerStore.defaultTable(data);
        assumeTrue(Files.isRegularFile(table),
                "GeoNames cities500 not fetched yet (" + table + "): run mvn package first");
        if (loaded == null) {
            try {
                loaded = new GazetteerStore(data.resolve("index")).load(table);
            } catch (AttestException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return loaded;
    }
}
