package org.attest.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.ingest.Digests;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.store.PutResult;
import org.attest.store.Store;

/**
 * {@code POST /api/documents}: the one write. Checks the bearer token, takes a document (a raw
 * {@code text/html} or {@code text/plain} body, or JSON with {@code content} or {@code url}),
 * runs it through the pipeline and stores it.
 */
final class Ingest {
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(20);

    private final Store store;
    private final PipelineSource pipelines;
    private final ServerConfig config;
    private final ObjectMapper mapper;
    private Pipeline pipeline;

    Ingest(Store store, PipelineSource pipelines, ServerConfig config, ObjectMapper mapper) {
        this.store = store;
        this.pipelines = pipelines;
        this.config = config;
        this.mapper = mapper;
    }

    /**
     * Refuses a write without the configured token: 403 when writes are disabled or the token is
     * wrong, 401 when none is given.
     */
    void authorize(String authorization) {
        if (config.writeToken() == null) {
            throw new ApiError(403, "writes are disabled: start the server with --token-file or ATTEST_TOKEN");
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiError(401, "a bearer token is required: Authorization: Bearer TOKEN");
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // constant time: the comparison tells nothing about how much of the token was right
        if (!MessageDigest.isEqual(given, config.writeToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiError(403, "the bearer token is not the one configured");
        }
    }

    /** What the posted body asks to ingest. */
    Source source(String contentType, byte[] body, String nameParam) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return fromJson(body);
        }
        if (type.startsWith("text/html") || type.startsWith("text/plain")) {
            String name = nameParam == null || nameParam.isBlank() ? "posted" : nameParam.strip();
            return new Source(name, "upload:" + Digests.sha256Hex(body), body, type.startsWith("text/html")
                    ? "text/html" : "text/plain");
        }
        throw new ApiError(415, "Content-Type: send application/json, text/html or text/plain; got '" + contentType + "'");
    }

    private Source fromJson(byte[] body) {
        JsonNode n;
        try {
            n = mapper.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("body: not valid JSON");
        }
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest("body: want a JSON object with 'content' or 'url'");
        }
        String url = textField(n, "url");
        String content = textField(n, "content");
        if ((url == null) == (content == null)) {
            throw ApiError.badRequest("body: give exactly one of 'content' and 'url'");
        }
        if (url != null) {
            return fetch(url);
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String name = textField(n, "name");
        String location = textField(n, "location");
        String mediaType = textField(n, "media_type");
        if (mediaType != null && !mediaType.equals("text/html") && !mediaType.equals("text/plain")) {
            throw ApiError.badRequest("media_type: text/html or text/plain; got '" + mediaType + "'");
        }
        return new Source(name == null ? "posted" : name,
                location == null ? "upload:" + Digests.sha256Hex(bytes) : location, bytes, mediaType);
    }

    private static String textField(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw ApiError.badRequest(field + ": want a non-empty string");
        }
        return v.asText();
    }

    /** Reads an http(s) URL, refusing pages larger than the body limit. */
    private Source fetch(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiError.badRequest("url: not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ApiError.badRequest("url: want an http or https URL; got '" + url + "'");
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(FETCH_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(FETCH_TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> res = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() / 100 != 2) {
                    throw new ApiError(502, "url: " + url + " answered HTTP " + res.statusCode());
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
                if (bytes.length > config.maxBodyBytes()) {
                    throw new ApiError(413, "url: " + url + " is larger than " + config.maxBodyBytes() + " bytes");
                }
                String type = res.headers().firstValue("Content-Type").orElse(null);
                String path = uri.getPath() == null ? "" : uri.getPath();
                String name = path.isEmpty() || path.endsWith("/") ? uri.getHost() : path.substring(path.lastIndexOf('/') + 1);
                return new Source(name, url, bytes, type == null ? null : type.split(";")[0].strip());
            }
        } catch (IOException e) {
            throw new ApiError(502, "url: cannot fetch " + url + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "url: interrupted while fetching " + url);
        }
    }

    /** Extracts and stores; the answer says what the store did and what was found. */
    ObjectNode ingest(Source src) throws AttestException {
        Document doc;
        try {
            doc = pipeline().process(src);
        } catch (AttestException e) {
            throw new ApiError(422, "document: " + e.getMessage());
        }
        PutResult r = store.put(doc, site(src.location()), null);
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.documentId());
        o.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        o.put("name", doc.name());
        o.put("location", doc.location());
        o.put("events", doc.events().size());
        o.put("places", doc.places().size());
        o.put("quantities", doc.quantities().size());
        return o;
    }

    private synchronized Pipeline pipeline() throws AttestException {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        return pipeline;
    }

    /** The host of a fetched page, or "upload" for a posted body. */
    private static String site(String location) {
        try {
            URI u = new URI(location);
            return u.getHost() != null ? u.getHost() : "upload";
        } catch (URISyntaxException e) {
            return "upload";
        }
    }
}
