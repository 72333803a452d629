package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
