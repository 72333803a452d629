package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    @Test
    void everyScriptInTheFolderIsListedInVersionOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(Migrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(names);
        }
        assertThat(Migrations.SCRIPTS).extracting(Migrations::version).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndDropComments() {
        List<String> statements = Migrations.statements("-- a comment\nCREATE TABLE a (x INTEGER);\n\n"
                + "CREATE INDEX a_x\n  ON a (x);\n");
        assertThat(statements).containsExactly("CREATE TABLE a (x INTEGER)", "CREATE INDEX a_x\n  ON a (x)");
    }

    @Test
    void placeholdersExpandPerDialect() {
        assertThat(Dialect.SQLITE.expand("id ${id_pk}, v ${real}")).isEqualTo("id INTEGER PRIMARY KEY AUTOINCREMENT, v REAL");
        assertThat(Dialect.POSTGRESQL.expand("v ${real}")).isEqualTo("v DOUBLE PRECISION");
    }
}
