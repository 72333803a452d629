package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest serve}: bad token files stop it before it binds anything (the server itself is tested in attest-server). */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static String[] runErr(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new String[] {String.valueOf(status), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aMissingTokenFileIsAOneLineErrorNamingIt() {
        Path missing = dir.resolve("no-token.txt");

        String[] r = runErr("serve", "--db", dir.resolve("a.db").toString(), "--token-file", missing.toString());

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1].strip()).startsWith("attest: " + missing + ": cannot read the token").doesNotContain("\n");
    }

    @Test
    void anEmptyTokenFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("token.txt"), "  \n");

        String[] r = runErr("serve", "--db", dir.resolve("a.db").toString(), "--token-file", empty.toString());

        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).contains("want one line holding the token");
    }
}
