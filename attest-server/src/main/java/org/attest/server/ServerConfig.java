package org.attest.server;

import org.attest.internal.Validate;

/**
 * How the server runs.
 *
 * @param host         interface to bind ({@code 127.0.0.1} keeps it local)
 * @param port         TCP port, 0 for any free one
 * @param writeToken   bearer token that allows {@code POST /api/documents}, or {@code null}:
 *                     then every write is refused
 * @param maxBodyBytes largest request body (and fetched page) accepted, in bytes
 * @param tileUrl      a Leaflet tile URL template for the map, or {@code null} for the bundled
 *                     country outlines only
 * @param responseCache keep whole answers of {@code /api/events} and {@code /api/stats} per
 *                     request and data version, and answer a matching {@code If-None-Match}
 *                     with 304 ({@link ResponseCache}); off, every request is computed anew
 */
public record ServerConfig(String host, int port, String writeToken, long maxBodyBytes, String tileUrl,
                           boolean responseCache) {
    /** The default largest body: 5 MiB, well above any report page. */
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerConfig {
        Validate.notNull(host, "host");
        Validate.isTrue(port >= 0 && port <= 65535, "port out of range: %d", port);
        Validate.isTrue(maxBodyBytes > 0, "maxBodyBytes must be positive: %d", maxBodyBytes);
        Validate.isTrue(writeToken == null || !writeToken.isBlank(), "writeToken must not be blank");
    }

    /** Local only, on a port, read-only, default limits, answers cached. */
    public static ServerConfig local(int port) {
        return new ServerConfig("127.0.0.1", port, null, DEFAULT_MAX_BODY, null, true);
    }

    public ServerConfig withWriteToken(String token) {
        return new ServerConfig(host, port, token, maxBodyBytes, tileUrl, responseCache);
    }

    public ServerConfig withMaxBodyBytes(long max) {
        return new ServerConfig(host, port, writeToken, max, tileUrl, responseCache);
    }

    public ServerConfig withTileUrl(String url) {
        return new ServerConfig(host, port, writeToken, maxBodyBytes, url, responseCache);
    }

    public ServerConfig withResponseCache(boolean on) {
        return new ServerConfig(host, port, writeToken, maxBodyBytes, tileUrl, on);
    }
}
