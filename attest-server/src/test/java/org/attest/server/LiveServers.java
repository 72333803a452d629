package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.attest.store.Store;

/**
 * The test corpus in a fresh store, served twice on random loopback ports: once with the write
 * token (small body limit) and once read-only.
 */
final class LiveServers implements AutoCloseable {
    final Store store;
    final AttestServer server;
    final AttestServer readOnly;
    final Http http;

    private LiveServers(Store store, AttestServer server, AttestServer readOnly) {
        this.store = store;
        this.server = server;
        this.readOnly = readOnly;
        this.http = new Http(server.port());
    }

    static LiveServers start(Path dir) throws Exception {
        Store store = TestCorpus.fill(dir);
        AttestServer server = AttestServer.create(store, TestCorpus::pipeline,
                ServerConfig.local(0).withWriteToken(TestCorpus.TOKEN).withMaxBodyBytes(64 * 1024)).start();
        AttestServer readOnly = AttestServer.create(store, TestCorpus::pipeline, ServerConfig.local(0)).start();
        return new LiveServers(store, server, readOnly);
    }

    /** GET that must answer 200; its JSON. */
    JsonNode ok(String path) {
        Http.Answer a = http.get(path);
        assertThat(a.status()).as(path + ": " + a.body()).isEqualTo(200);
        return a.json();
    }

    static List<String> types(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(e -> e.get("type").asText()).toList();
    }

    @Override
    public void close() throws Exception {
        server.close();
        readOnly.close();
        store.close();
    }
}
