package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.attest.gazetteer.GeoNamesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attest ingest URL} against a real HTTP server on 127.0.0.1. */
class WebIngestTest {
    @TempDir
    Path dir;

    @Test
    void aLoopbackUrlIsRefusedInOneLineUnlessAllowPrivateIsGiven() throws Exception {
        GeoNamesFixture.gazetteer();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", x -> {
            try (x) {
                boolean page = x.getRequestURI().getPath().equals("/strike.html");
                byte[] b = (page ? "<html><head><title>Strike</title></head><body><article><p>Oil workers in "
                        + "Asaluyeh went on strike on Monday, the council said.</p></article></body></html>" : "none")
                        .getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().add("Content-Type", page ? "text/html; charset=utf-8" : "text/plain");
                x.sendResponseHeaders(page ? 200 : 404, b.length);
                x.getResponseBody().write(b);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/strike.html";
            String db = dir.resolve("web.db").toString();

            Cli.Run refused = Cli.run("ingest", "--db", db, url);
            Cli.Run allowed = Cli.run("ingest", "--db", db, "--allow-private", url);

            assertThat(refused.status()).isEqualTo(1);
            assertThat(refused.errLines()).containsExactly("attest: " + url
                    + ": refused: 127.0.0.1 is a private or local address (127.0.0.1); use --allow-private to fetch it");
            assertThat(allowed.status()).isZero();
            assertThat(allowed.err()).isEmpty();
            assertThat(allowed.out()).contains("1 new", "0 failed");
            Cli.Run csv = Cli.run("export", "--db", db, "--format", "csv");
            assertThat(csv.out()).contains("Asaluyeh", url);
        } finally {
            server.stop(0);
        }
    }
}
