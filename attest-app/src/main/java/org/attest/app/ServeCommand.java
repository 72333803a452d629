package org.attest.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.attest.AttestException;
import org.attest.server.AttestServer;
import org.attest.server.ServerConfig;
import org.attest.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attest serve}: the JSON API and the web UI over a store until interrupted. Writes
 * ({@code POST /api/documents}) are enabled only with a token from {@code --token-file} or the
 * {@code ATTEST_TOKEN} environment variable; the gazetteer is loaded at the first post.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api, /openapi.json) and the web UI (/) over a store.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "interface to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every one)")
    String host;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the bearer token that allows POST /api/documents (else env ATTEST_TOKEN)")
    Path tokenFile;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "tile URL template for the map, e.g. https://tile.example/{z}/{x}/{y}.png (default: country outlines only)")
    String tiles;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "5242880",
            description = "largest request body or fetched page (default: ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--no-response-cache", negatable = false,
            description = "compute every /api/events and /api/stats answer anew (default: keep them until the next write)")
    boolean noResponseCache;

    @Mixin
    StoreOption store;

    @Mixin
    GazetteerOptions gazetteer;

    @Override
    public Integer call() {
        String token;
        try {
            token = token();
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        ServerConfig config = new ServerConfig(host, port, token, maxBody, tiles, !noResponseCache);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Store s = Store.open(store.db); AttestServer server = AttestServer.create(s, gazetteer::pipeline, config)) {
            server.start();
            System.err.printf("attest: serving %s on http://%s:%d/ (%s); Ctrl-C stops%n", store.db, host, server.port(),
                    token == null ? "read-only" : "POST /api/documents with the token");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
                // let the main thread close the store (a SQLite checkpoint) before the JVM halts
                try {
                    closed.await(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            stopped.await();
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
        return 0;
    }

    /** The write token: the file's first line, else ATTEST_TOKEN, else none (read-only). */
    private String token() throws AttestException {
        if (tokenFile != null) {
            try {
                String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (t.isEmpty() || t.contains("\n")) {
                    throw new AttestException(tokenFile + ": want one line holding the token");
                }
                return t;
            } catch (IOException e) {
                throw new AttestException(tokenFile + ": cannot read the token: " + e.getMessage(), e);
            }
        }
        String env = System.getenv("ATTEST_TOKEN");
        return env == null || env.isBlank() ? null : env.strip();
    }
}
