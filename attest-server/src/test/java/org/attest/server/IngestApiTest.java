package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/documents} over HTTP, on a store of its own (the posts add documents): the
 * token, raw and JSON bodies, URLs fetched from a loopback server, and refused bodies.
 */
class IngestApiTest extends LiveServerTest {
    @Test
    void postingNeedsTheConfiguredToken() {
        String body = "{\"content\": \"Students protested in Ardabil on June 1, 2023.\"}";
        Http.Answer none = new Http(readOnly.port()).post("/api/documents", "application/json", body, TestCorpus.TOKEN);
        assertThat(none.status()).isEqualTo(403);
        assertThat(none.json().get("error").asText()).contains("writes are disabled");

        Http.Answer missing = http.post("/api/documents", "application/json", body, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(http.post("/api/documents", "application/json", body, "wrong").status()).isEqualTo(403);
    }

    @Test
    void aPostedDocumentIsExtractedStoredAndQueryable() {
        String body = "{\"name\": \"students.txt\", \"content\": \"Students protested in Ardabil on June 1, 2023.\"}";
        // asked before the post: the answers the store keeps must not outlive it
        assertThat(ok("/api/events?place=Ardabil").get("total").asLong()).isZero();
        assertThat(ok("/api/stats?place=Ardabil").get("events").asLong()).isZero();

        Http.Answer first = http.post("/api/documents", "application/json", body, TestCorpus.TOKEN);
        Http.Answer again = http.post("/api/documents", "application/json", body, TestCorpus.TOKEN);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("outcome").asText()).isEqualTo("new");
        assertThat(first.json().get("events").asInt()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("outcome").asText()).isEqualTo("unchanged");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        JsonNode found = ok("/api/events?place=Ardabil");
        assertThat(types(found)).containsExactly("protest");
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(ok("/api/stats?place=Ardabil").get("timeline").get("2023-06").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("document").get("name").asText()).isEqualTo("students.txt");
    }

    @Test
    void aKeptAnswerIsRevalidatedByItsEtagUntilAWrite() {
        String path = "/api/stats?place=Tabriz";
        Http.Answer first = http.get(path);
        String etag = first.header("ETag");
        assertThat(etag).isNotNull();
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");

        Http.Answer unchanged = http.get(path, "If-None-Match", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(http.get(path, "If-None-Match", "\"other\", W/" + etag).status()).isEqualTo(304);
        assertThat(http.get(path, "If-None-Match", "\"other\"").status()).isEqualTo(200);

        String body = "{\"name\": \"bazaar.txt\", \"content\": \"Workers protested in Tabriz on May 9, 2023.\"}";
        assertThat(http.post("/api/documents", "application/json", body, TestCorpus.TOKEN).status()).isEqualTo(201);

        Http.Answer changed = http.get(path, "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(changed.json().get("events").asLong()).isGreaterThan(first.json().get("events").asLong());
    }

    @Test
    void withoutTheResponseCacheEveryAnswerIsComputedAndHasNoEtag() throws Exception {
        try (AttestServer plain = AttestServer.create(store, TestCorpus::pipeline,
                ServerConfig.local(0).withResponseCache(false)).start()) {
            Http direct = new Http(plain.port());
            Http.Answer a = direct.get("/api/events?type=arrest");
            String kept = http.get("/api/events?type=arrest").header("ETag");

            assertThat(a.status()).isEqualTo(200);
            assertThat(a.header("ETag")).isNull();
            assertThat(a.json()).isEqualTo(ok("/api/events?type=arrest"));
            assertThat(direct.get("/api/events?type=arrest", "If-None-Match", kept).status()).isEqualTo(200);
            assertThat(direct.get("/api/events?type=nonsense").status()).isEqualTo(400);
        }
    }

    @Test
    void aRawHtmlBodyAndAUrlCanBePosted() throws Exception {
        String html = "<html><head><title>Nurses</title></head><body><p>Nurses rallied in Rasht on July 2, 2023.</p></body></html>";
        Http.Answer raw = http.post("/api/documents?name=nurses.html", "text/html; charset=utf-8", html, TestCorpus.TOKEN);
        assertThat(raw.status()).as(raw.body()).isEqualTo(201);

        HttpServer origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "Bakers went on strike in Tabriz on August 3, 2023, and protested outside the market."
                .getBytes(StandardCharsets.UTF_8);
        origin.createContext("/report.txt", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        origin.start();
        try {
            String url = "http://127.0.0.1:" + origin.getAddress().getPort() + "/report.txt";
            Http.Answer fetched = http.post("/api/documents", "application/json", "{\"url\": \"" + url + "\"}",
                    TestCorpus.TOKEN);
            assertThat(fetched.status()).as(fetched.body()).isEqualTo(201);
            assertThat(fetched.json().get("location").asText()).isEqualTo(url);
            assertThat(ok("/api/events?source=" + enc(url)).get("total").asLong()).isPositive();
            Http.Answer gone = http.post("/api/documents", "application/json",
                    "{\"url\": \"http://127.0.0.1:" + origin.getAddress().getPort() + "/missing\"}", TestCorpus.TOKEN);
            assertThat(gone.status()).isEqualTo(502);
        } finally {
            origin.stop(0);
        }
    }

    @Test
    void badPostsAreRefusedWithTheReason() {
        Http.Answer big = http.post("/api/documents", "text/plain", new byte[100 * 1024], TestCorpus.TOKEN);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.json().get("status").asInt()).isEqualTo(413);

        assertThat(http.post("/api/documents", "application/json", "{not json", TestCorpus.TOKEN).json()
                .get("error").asText()).contains("JSON");
        assertThat(http.post("/api/documents", "application/json", "{\"url\": \"ftp://x/y\"}", TestCorpus.TOKEN)
                .status()).isEqualTo(400);
        assertThat(http.post("/api/documents", "application/json", "{}", TestCorpus.TOKEN).status()).isEqualTo(400);
        assertThat(http.post("/api/documents", "application/pdf", "%PDF", TestCorpus.TOKEN).status()).isEqualTo(415);
        Http.Answer empty = http.post("/api/documents", "text/plain", "   \n ", TestCorpus.TOKEN);
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).doesNotContain("Exception");
    }
}
