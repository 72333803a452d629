package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attest.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests over HTTP against {@link LiveServers}: each test class gets its own store and servers
 * (JUnit runs a class's {@code BeforeAll} and {@code AfterAll} around it, one class at a time).
 */
abstract class LiveServerTest {
    @TempDir
    static Path dir;
    static Store store;
    static AttestServer server;
    static AttestServer readOnly;
    static Http http;
    private static LiveServers live;

    @BeforeAll
    static void start() throws Exception {
        live = LiveServers.start(dir);
        store = live.store;
        server = live.server;
        readOnly = live.readOnly;
        http = live.http;
    }

    @AfterAll
    static void stop() throws Exception {
        if (live != null) {
            live.close();
        }
    }

    static JsonNode ok(String path) {
        return live.ok(path);
    }

    static List<String> types(JsonNode page) {
        return LiveServers.types(page);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
