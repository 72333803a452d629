package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    private static final Path FOLDER = Path.of("src/main/resources/db/migration");

    @Test
    void everyScriptIsListedInVersionOrderSharedOrOncePerDialect() throws IOException {
        List<String> shared = scripts(FOLDER);
        Set<String> all = new HashSet<>(shared);
        for (Dialect d : Dialect.values()) {
            List<String> own = scripts(FOLDER.resolve(d.folder()));
            assertThat(own).doesNotContainAnyElementsOf(shared);
            all.addAll(own);
        }
        assertThat(Migrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(all);
        for (String script : all) {
            boolean inEveryDialect = Stream.of(Dialect.values())
                    .allMatch(d -> Files.exists(FOLDER.resolve(d.folder()).resolve(script)));
            assertThat(shared.contains(script) || inEveryDialect).as(script + ": shared, or in every dialect").isTrue();
        }
        assertThat(Migrations.SCRIPTS).extracting(Migrations::version).isSorted().doesNotHaveDuplicates();
    }

    private static List<String> scripts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDialectReadsItsOwnCopyOfAScriptElseTheSharedOne() throws Exception {
        assertThat(Migrations.read(Dialect.SQLITE, "V1__initial_schema.sql"))
                .isEqualTo(Migrations.read(Dialect.POSTGRESQL, "V1__initial_schema.sql"));
        assertThat(Migrations.read(Dialect.SQLITE, "V2__read_path.sql")).contains("FOR EACH ROW").doesNotContain("plpgsql");
        assertThat(Migrations.read(Dialect.POSTGRESQL, "V2__read_path.sql")).contains("plpgsql");
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
