package org.attest.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching over a real HTTP server on 127.0.0.1 (hence {@code allowPrivate}), except where refusal is tested. */
class WebFetcherTest {
    private static HttpServer server;
    private static ExecutorService threads;
    private static String base;

    @BeforeAll
    static void up() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", WebFetcherTest::handle);
        threads = Executors.newFixedThreadPool(4);
        server.setExecutor(threads);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void down() {
        server.stop(0);
        threads.shutdownNow();
    }

    static void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String host = x.getRequestHeaders().getFirst("Host");
        try (x) {
            if (path.equals("/robots.txt")) {
                if (host.startsWith("localhost")) {
                    send(x, 503, "text/plain", "down");
                } else {
                    send(x, 200, "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: otherbot\nUser-agent: attest\n"
                            + "Disallow: /secret\nAllow: /secret/open\n");
                }
            } else if (path.startsWith("/hop/")) {
                int n = Integer.parseInt(path.substring(5));
                if (n == 0) {
                    send(x, 200, "text/html", "<html><body><p>Guards in Mahabad detained two men.</p></body></html>");
                } else {
                    x.getResponseHeaders().add("Location", "/hop/" + (n - 1));
                    x.sendResponseHeaders(302, -1);
                }
            } else if (path.equals("/big-declared")) {
                send(x, 200, "text/html", "<p>" + "z".repeat(3000) + "</p>");
            } else if (path.equals("/big-chunked")) {
                x.getResponseHeaders().add("Content-Type", "text/html");
                x.sendResponseHeaders(200, 0);
                try (OutputStream o = x.getResponseBody()) {
                    for (int i = 0; i < 10; i++) {
                        o.write("<p>chunk of words</p>".repeat(20).getBytes(StandardCharsets.UTF_8));
                    }
                }
            } else if (path.equals("/image.png")) {
                send(x, 200, "image/png", "PNG");
            } else if (path.equals("/slow")) {
                sleep();
                send(x, 200, "text/html", "<p>late</p>");
            } else if (path.equals("/feed")) {
                send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>F</title>"
                        + "<link>https://feed.example.net/</link><description>d</description><item><title>T</title>"
                        + "<link>https://feed.example.net/x</link><description>Drivers in Bushehr honked.</description>"
                        + "</item></channel></rss>");
            } else if (path.equals("/page.html") || path.equals("/secret/open/a.html") || path.equals("/secret.html")) {
                send(x, 200, "text/html; charset=utf-8",
                        "<html><head><title>Page</title></head><body><p>Merchants in Hamedan shut the bazaar.</p></body></html>");
            } else {
                send(x, 404, "text/plain", "no");
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(2500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
    }

    private static Collected fetch(boolean allowPrivate, String url) {
        Collected c = new Collected();
        new Sources(allowPrivate, 1000, Duration.ofSeconds(1)).read(url, c);
        return c;
    }

    @Test
    void aPageIsOneDocumentAtItsUrlGroupedByHost() {
        Collected c = fetch(true, base + "/page.html");
        assertThat(c.failures).isEmpty();
        assertThat(c.locations()).containsExactly(base + "/page.html");
        assertThat(c.sites).containsExactly("127.0.0.1");
        assertThat(c.text(0)).contains("Merchants in Hamedan");
    }

    @Test
    void aLoopbackHostIsRefusedWithoutAllowPrivate() {
        Collected c = fetch(false, base + "/page.html");
        assertThat(c.sources).isEmpty();
        assertThat(c.failures).containsExactly(base + "/page.html: refused: 127.0.0.1 is a private or local address "
                + "(127.0.0.1); use --allow-private to fetch it");
    }

    @Test
    void fiveRedirectsAreFollowedAndASixthIsNot() {
        Collected five = fetch(true, base + "/hop/5");
        assertThat(five.failures).isEmpty();
        assertThat(five.locations()).containsExactly(base + "/hop/0");
        assertThat(fetch(true, base + "/hop/6").failures).containsExactly(base + "/hop/6: more than 5 redirects");
    }

    @Test
    void robotsTxtOfOurGroupIsHonouredAndAnUnreachableOneRefusesAll() {
        assertThat(fetch(true, base + "/secret.html").failures).containsExactly(
                base + "/secret.html: disallowed by robots.txt of 127.0.0.1");
        assertThat(fetch(true, base + "/secret/open/a.html").sources).hasSize(1);
        // the "*" group disallows everything, but ours is the group that applies
        assertThat(fetch(true, base + "/page.html").sources).hasSize(1);
        String local = base.replace("127.0.0.1", "localhost") + "/page.html";
        assertThat(fetch(true, local).failures).singleElement().asString().contains("disallowed by robots.txt");
    }

    @Test
    void oversizedWrongTypeMissingAndSlowResponsesFailWithTheirReason() {
        assertThat(fetch(true, base + "/big-declared").failures).singleElement().asString()
                .isEqualTo(base + "/big-declared: too large (3007 bytes, limit 1000)");
        assertThat(fetch(true, base + "/big-chunked").failures).singleElement().asString()
                .isEqualTo(base + "/big-chunked: too large (over 1000 bytes)");
        assertThat(fetch(true, base + "/image.png").failures).containsExactly(base + "/image.png: not HTML or text (image/png)");
        assertThat(fetch(true, base + "/nothing").failures).containsExactly(base + "/nothing: HTTP status 404");
        assertThat(fetch(true, base + "/slow").failures).containsExactly(base + "/slow: timed out after 1 s");
    }

    @Test
    void aFeedUrlYieldsItsEntries() {
        Collected c = fetch(true, base + "/feed");
        assertThat(c.locations()).containsExactly("https://feed.example.net/x");
    }
}
