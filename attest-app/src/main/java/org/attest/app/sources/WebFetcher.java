package org.attest.app.sources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.attest.AttestException;

/**
 * Fetches {@code http(s)://} URLs politely and safely: the host of every hop (the URL and each
 * redirect) is resolved and refused when any of its addresses is private or local (unless
 * allowed), robots.txt is honoured for the {@code attest} agent, at most five redirects are
 * followed, the connection and each response have timeouts, and a body over the size limit is
 * refused. A 200 response with an HTML or text body is one document; a feed is read as a feed.
 *
 * <p>Not thread-safe (it caches robots.txt per host); use one per command.
 */
final class WebFetcher {
    /** The product token matched against robots.txt user-agent lines. */
    static final String AGENT = "attest";
    static final int MAX_REDIRECTS = 5;
    /** RFC 9309: crawlers may stop reading robots.txt after 500 KiB. */
    private static final long MAX_ROBOTS_BYTES = 500 * 1024;

    private final HttpClient client;
    private final AddressGuard guard;
    private final long maxBytes;
    private final Duration timeout;
    private final Map<String, RobotsRules> robots = new HashMap<>();

    WebFetcher(boolean allowPrivate, long maxBytes, Duration timeout) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
        this.guard = new AddressGuard(allowPrivate);
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    /** True for an argument that names a web page rather than a file. */
    static boolean isUrl(String arg) {
        String a = arg.toLowerCase(Locale.ROOT);
        return a.startsWith("http://") || a.startsWith("https://");
    }

    /**
     * Fetches one URL and gives its document (or a feed's entries) to the sink.
     *
     * @throws AttestException naming the URL and the reason when it cannot be fetched
     */
    void fetch(String url, SourceSink sink) throws AttestException {
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            String host = uri.getHost();
            guard.check(url, host);
            if (!robots(url, uri).allows(pathAndQuery(uri))) {
                throw new AttestException(url + ": disallowed by robots.txt of " + host
                        + (uri.toString().equals(url) ? "" : " (at " + uri + ")"));
            }
            HttpResponse<InputStream> r = send(url, uri);
            try (InputStream body = r.body()) {
                int status = r.statusCode();
                if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                    if (hop == MAX_REDIRECTS) {
                        throw new AttestException(url + ": more than " + MAX_REDIRECTS + " redirects");
                    }
                    uri = resolve(url, uri, r.headers().firstValue("Location").get());
                    continue;
                }
                if (status != 200) {
                    throw new AttestException(url + ": HTTP status " + status + (uri.toString().equals(url) ? "" : " at " + uri));
                }
                String type = r.headers().firstValue("Content-Type").orElse(null);
                long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (declared > maxBytes) {
                    throw new AttestException(url + ": too large (" + declared + " bytes, limit " + maxBytes + ")");
                }
                byte[] bytes = read(url, body, maxBytes);
                if (isFeedType(type) && FeedInput.looksLikeFeed(bytes)) {
                    FeedInput.read(url, uri.toString(), Payloads.site(uri), bytes, sink);
                    return;
                }
                if (!Payloads.isDocumentType(type)) {
                    throw new AttestException(url + ": not HTML or text (" + (type == null ? "no content type" : type) + ")");
                }
                if (bytes.length == 0) {
                    throw new AttestException(url + ": empty response");
                }
                sink.accept(Payloads.source(url, uri, type, bytes), Payloads.site(uri));
                return;
            } catch (IOException e) {
                throw new AttestException(url + ": cannot read response (" + e.getMessage() + ")", e);
            }
        }
    }

    private static boolean isFeedType(String type) {
        String base = Payloads.baseType(type);
        return base.contains("xml") || base.equals("text/plain");
    }

    /** The rules for the URL's host, fetched once (4xx: allow all; 5xx or unreachable: disallow all). */
    private RobotsRules robots(String url, URI page) throws AttestException {
        String key = page.getScheme().toLowerCase(Locale.ROOT) + "://" + page.getRawAuthority().toLowerCase(Locale.ROOT);
        RobotsRules known = robots.get(key);
        if (known != null) {
            return known;
        }
        RobotsRules rules = RobotsRules.DISALLOW_ALL;
        URI at = URI.create(key + "/robots.txt");
        try {
            for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
                HttpResponse<InputStream> r = send(url, at);
                try (InputStream body = r.body()) {
                    int status = r.statusCode();
                    if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                        at = resolve(url, at, r.headers().firstValue("Location").get());
                        guard.check(url, at.getHost());
                        continue;
                    }
                    if (status >= 200 && status < 300) {
                        byte[] text = body.readNBytes((int) MAX_ROBOTS_BYTES);
                        rules = RobotsRules.parse(new String(text, StandardCharsets.UTF_8), AGENT);
                    } else if (status >= 400 && status < 500) {
                        rules = RobotsRules.ALLOW_ALL;
                    }
                    break;
                }
            }
        } catch (AttestException | IOException e) {
            rules = RobotsRules.DISALLOW_ALL; // RFC 9309: unreachable robots.txt means no crawling
        }
        robots.put(key, rules);
        return rules;
    }

    private HttpResponse<InputStream> send(String url, URI uri) throws AttestException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", AGENT + "/0.1")
                .header("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9, application/rss+xml, "
                        + "application/atom+xml, */*;q=0.1")
                .GET().build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new AttestException(url + ": timed out after " + timeout.toSeconds() + " s" + at(url, uri), e);
        } catch (IOException e) {
            throw new AttestException(url + ": cannot fetch" + at(url, uri) + " (" + FeedInput.oneLine(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttestException(url + ": interrupted", e);
        }
    }

    private static String at(String url, URI uri) {
        return uri.toString().equals(url) ? "" : " at " + uri;
    }

    private static byte[] read(String url, InputStream body, long limit) throws AttestException, IOException {
        try {
            return Payloads.readLimited(body, limit);
        } catch (Payloads.TooLargeException e) {
            throw new AttestException(url + ": " + e.getMessage());
        }
    }

    private static URI parse(String url) throws AttestException {
        try {
            URI u = new URI(url);
            if (u.getHost() == null || !isUrl(url)) {
                throw new AttestException(url + ": not an http(s) URL with a host");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new AttestException(url + ": not a URL (" + e.getReason() + ")");
        }
    }

    private static URI resolve(String url, URI base, String location) throws AttestException {
        try {
            URI next = base.resolve(new URI(location.strip()));
            if (next.getHost() == null || !isUrl(next.toString())) {
                throw new AttestException(url + ": redirect to a non-http(s) location (" + location + ")");
            }
            return next;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AttestException(url + ": bad redirect location (" + location + ")");
        }
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
