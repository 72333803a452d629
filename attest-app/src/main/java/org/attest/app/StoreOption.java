package org.attest.app;

import picocli.CommandLine.Option;

/** {@code --db PATH|URL}: a file path is SQLite, a postgresql:// URL is PostgreSQL. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "PATH|URL", defaultValue = "attest.db",
            description = "SQLite file or postgresql:// URL (default: ${DEFAULT-VALUE})")
    String db;
}
