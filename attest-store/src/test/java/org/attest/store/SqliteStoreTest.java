package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file in a temporary folder. */
class SqliteStoreTest extends StoreContractTest {
    @TempDir
    Path dir;
    private int stores;

    @Override
    public String freshSpec() {
        return dir.resolve("attest-" + (++stores) + ".db").toString();
    }

    @Override
    protected void cleanUp() {
        // @TempDir removes the files
    }

    @Test
    void fileIsInWalModeWithTheSchemaVersionRecorded() throws Exception {
        String spec = freshSpec();
        open(spec).put(Fixtures.mayReport(), "example.org");

        assertThat(Files.exists(Path.of(spec))).isTrue();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + spec);
             ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode");
             ResultSet version = c.createStatement().executeQuery("SELECT max(version) FROM schema_version")) {
            assertThat(mode.getString(1)).isEqualTo("wal");
            assertThat(version.getInt(1)).isEqualTo(org.attest.store.internal.Migrations.SCRIPTS.size());
        }
    }

    @Test
    void anIdleStoreDoesNotBlockAWriterInAnotherConnection() throws Exception {
        String spec = freshSpec();
        Store reader = open(spec);
        reader.contains(Fixtures.sha256("x"));
        reader.counts();
        Store writer = open(spec);

        long started = System.nanoTime();
        writer.put(Fixtures.mayReport(), "example.org");

        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
        assertThat(reader.counts().documents()).isEqualTo(1);
    }

    @Test
    void aFileThatCannotBeCreatedIsAnAttestExceptionNamingIt() {
        String spec = dir.resolve("no/such/folder/attest.db").toString();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.open(spec))
                .isInstanceOf(org.attest.AttestException.class)
                .hasMessageStartingWith("cannot open store " + spec)
                .hasMessageNotContaining("\n");
    }
}
