package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectTest {
    @Test
    void postgresUrlsChooseTheServerAnythingElseAFile() {
        assertThat(Dialect.of("postgresql://u@h/db")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.of("postgres://u@h/db")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.of("jdbc:postgresql://h/db")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.of("./attest.db")).isEqualTo(Dialect.SQLITE);
        assertThat(Dialect.of("/data/postgresql/attest.db")).isEqualTo(Dialect.SQLITE);
    }

    @Test
    void libpqUrlsBecomeJdbcUrlsWithUserAndPassword() throws Exception {
        assertThat(Dialect.jdbcUrl("postgresql://postgres@127.0.0.1:5432/attest"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/attest?user=postgres");
        assertThat(Dialect.jdbcUrl("postgresql://me:s%40cret@db.example.org/attest?sslmode=require"))
                .isEqualTo("jdbc:postgresql://db.example.org/attest?sslmode=require&user=me&password=s%40cret");
        assertThat(Dialect.jdbcUrl("jdbc:postgresql://h/db?user=x")).isEqualTo("jdbc:postgresql://h/db?user=x");
    }

    @Test
    void passwordsAreRedactedFromMessages() {
        assertThat(Dialect.redact("postgresql://me:secret@h/db")).isEqualTo("postgresql://me:***@h/db");
        assertThat(Dialect.redact("jdbc:postgresql://h/db?user=me&password=secret"))
                .isEqualTo("jdbc:postgresql://h/db?user=me&password=***");
    }

    @Test
    void theSqliteWriterKeepsItsGuaranteesAndCheckpointsEveryTenThousandPages(@TempDir Path dir) throws Exception {
        try (Connection c = Dialect.SQLITE.connect(dir.resolve("w.db").toString()); Statement s = c.createStatement()) {
            assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(s, "synchronous")).isEqualTo("1"); // NORMAL
            assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(s, "wal_autocheckpoint")).isEqualTo("10000");
        }
    }

    private static String pragma(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.getString(1);
        }
    }
}
