package org.attest.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.util.UUID;
import org.attest.AttestException;
import org.attest.store.Store;

/**
 * Whole JSON answers of the read API, kept per request and per the store's data version
 * ({@link Store#dataVersion()}). The version grows in every transaction that changes what the
 * event reads answer, whoever writes, so an answer kept under the version a request reads is
 * what computing it again would give: nothing stale is served, and a write makes the old
 * answers unreachable until they age out. A request costs one read of the version when its
 * answer is kept.
 *
 * <p>The same version is the answer's {@code ETag} (with a token of this server's start, so that
 * a client's copy from another store or an earlier run never matches), and a matching
 * {@code If-None-Match} is answered 304 without a body. {@code Cache-Control: no-cache} lets a
 * browser keep the answer but ask each time.
 *
 * <p>Switched off ({@link ServerConfig#responseCache()}), every answer is computed anew and
 * carries no ETag.
 */
final class ResponseCache {
    /** Most bytes of answers kept: a page of 50 events is 40-90 KB. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** What an answer depends on: the route, its parsed (normalised) request, the data. */
    private record Key(String route, Object request, long version) {
    }

    /** Computes an answer's JSON body. */
    @FunctionalInterface
    interface Body {
        byte[] write() throws AttestException;
    }

    private final Store store;
    private final boolean on;
    private final String boot = UUID.randomUUID().toString().substring(0, 8);
    private final Cache<Key, byte[]> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_BYTES)
            .weigher((Key k, byte[] v) -> v.length)
            .build();

    ResponseCache(Store store, boolean on) {
        this.store = store;
        this.on = on;
    }

    /**
     * Answers {@code ctx} with the JSON of {@code request} on {@code route}: kept, not modified, or
     * computed by {@code body}.
     *
     * @param request the parsed request, with value equality: two URLs that parse to equal
     *                requests share one answer
     */
    void answer(Context ctx, String route, Object request, Body body) throws AttestException {
        if (!on) {
            ctx.contentType("application/json").result(body.write());
            return;
        }
        long version = store.dataVersion();
        String etag = "\"" + boot + "-" + version + "\"";
        if (matches(ctx.header("If-None-Match"), etag)) {
            validators(ctx, etag);
            ctx.status(304);
            return;
        }
        Key key = new Key(route, request, version);
        byte[] json = answers.getIfPresent(key);
        if (json == null) {
            // computed in a snapshot at this version or a later one: an answer kept under this
            // version is never older than what the request asked for, and a request that reads
            // a later version does not look here
            json = body.write();
            answers.put(key, json);
        }
        validators(ctx, etag);
        ctx.contentType("application/json").result(json);
    }

    private static void validators(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-cache");
    }

    /** True when an {@code If-None-Match} header names this ETag (weakly compared) or is {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
