package org.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.AttestException;
import org.attest.events.EventLexicon;
import org.attest.events.EventType;
import org.attest.model.Document;
import org.attest.store.DocumentCheck;
import org.attest.store.EventFilter;
import org.attest.store.Stats;
import org.attest.store.Store;
import org.attest.store.StoredEvent;
import org.attest.store.export.AcledType;
import org.attest.store.export.CsvExporter;
import org.attest.store.export.GeoJsonExporter;
import org.attest.store.export.JsonlExporter;

/** The handlers of the JSON API, one method per route. */
final class Api {
    /** Every route, as listed in {@code openapi.json}. */
    static final String[] ROUTES = {"GET /api/config", "GET /api/events", "GET /api/events/{id}",
        "GET /api/documents/{id}", "POST /api/documents", "GET /api/checks", "GET /api/stats",
        "GET /api/places/{geonameid}", "GET /api/export.csv", "GET /api/export.geojson", "GET /api/export.jsonl",
        "GET /openapi.json"};

    private static final Set<String> EVENT_PARAMS = union(FilterParams.FILTERS, FilterParams.PAGING);
    private static final Set<String> FILTER_PARAMS = union(FilterParams.FILTERS, List.of());
    private static final Set<String> STATS_PARAMS = union(FilterParams.FILTERS, List.of("interval"));
    private static final Set<String> CHECK_PARAMS = Set.of("kind", "limit", "offset");

    private final Store store;
    private final Ingest ingest;
    private final ObjectMapper mapper;
    private final ServerConfig config;
    private final JsonViews views;
    private final ResponseCache answers;
    private final FilterParams filters;
    private final Map<String, AcledType> acled;
    private final String openapi;

    Api(Store store, Ingest ingest, ObjectMapper mapper, ServerConfig config) {
        this.store = store;
        this.ingest = ingest;
        this.mapper = mapper;
        this.config = config;
        this.views = new JsonViews(mapper);
        this.answers = new ResponseCache(store, config.responseCache());
        Map<String, AcledType> m = new HashMap<>();
        for (EventType t : EventLexicon.load().taxonomy().values()) {
            m.put(t.name(), new AcledType(t.disorderType(), t.acledEventType(), t.acledSubEventType()));
        }
        this.acled = Map.copyOf(m);
        this.filters = new FilterParams(acled.keySet());
        this.openapi = resource("/org/attest/server/openapi.json");
    }

    void routes(Javalin app) {
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.get("/api/config", this::config);
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/documents/{id}", this::document);
        app.post("/api/documents", this::post);
        app.get("/api/checks", this::checks);
        app.get("/api/stats", this::stats);
        app.get("/api/places/{geonameid}", this::place);
        app.get("/api/export.csv", ctx -> export(ctx, "text/csv; charset=utf-8", "csv",
                (f, w) -> new CsvExporter(acled).export(store, f, w)));
        app.get("/api/export.geojson", ctx -> export(ctx, "application/geo+json", "geojson",
                (f, w) -> new GeoJsonExporter().export(store, f, w)));
        app.get("/api/export.jsonl", ctx -> export(ctx, "application/x-ndjson", "jsonl",
                (f, w) -> new JsonlExporter().export(store, f, w)));
    }

    private void config(Context ctx) {
        ObjectNode o = mapper.createObjectNode();
        o.put("tile_url", config.tileUrl());
        o.put("writable", config.writeToken() != null);
        o.put("max_body_bytes", config.maxBodyBytes());
        ArrayNode types = o.putArray("types");
        acled.keySet().stream().sorted().forEach(types::add);
        json(ctx, o);
    }

    private void events(Context ctx) throws AttestException {
        EventFilter f = filters.parse(ctx.queryParamMap(), EVENT_PARAMS);
        answers.answer(ctx, "events", f, () -> views.eventPage(store.page(f), f));
    }

    private void event(Context ctx) throws AttestException {
        long id = id(ctx, "id");
        StoredEvent e = store.event(id).orElseThrow(() -> ApiError.notFound("no event " + id));
        ctx.contentType("application/json").result(views.bytes(g -> views.event(g, e)));
    }

    private void document(Context ctx) throws AttestException {
        noQuery(ctx);
        long id = id(ctx, "id");
        Document d = store.document(id).orElseThrow(() -> ApiError.notFound("no document " + id));
        json(ctx, views.document(id, d));
    }

    private void post(Context ctx) throws AttestException {
        ingest.authorize(ctx.header("Authorization"));
        long declared = ctx.contentLength();
        if (declared > config.maxBodyBytes()) {
            throw new ApiError(413, "request body too large: " + declared + " bytes, at most "
                    + config.maxBodyBytes());
        }
        byte[] body = readBody(ctx);
        if (body.length == 0) {
            throw ApiError.badRequest("body: empty; send a document or {\"url\": ...}");
        }
        ObjectNode result = ingest.ingest(ingest.source(ctx.contentType(), body, ctx.queryParam("name")));
        ctx.status("new".equals(result.get("outcome").asText()) ? 201 : 200);
        json(ctx, result);
    }

    /** The body, read up to the limit: a chunked body declares no length. */
    private byte[] readBody(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBodyBytes() + 1));
            if (b.length > config.maxBodyBytes()) {
                throw new ApiError(413, "request body too large: more than " + config.maxBodyBytes() + " bytes");
            }
            return b;
        } catch (IOException e) {
            throw ApiError.badRequest("body: cannot be read: " + e.getMessage());
        }
    }

    private void checks(Context ctx) throws AttestException {
        Map<String, List<String>> q = ctx.queryParamMap();
        for (String k : q.keySet()) {
            if (!CHECK_PARAMS.contains(k)) {
                throw ApiError.badRequest("unknown parameter '" + k + "'; this endpoint takes kind, limit, offset");
            }
        }
        String limit = ctx.queryParam("limit");
        String offset = ctx.queryParam("offset");
        Map<String, List<String>> paging = new HashMap<>();
        if (limit != null) {
            paging.put("limit", List.of(limit));
        }
        if (offset != null) {
            paging.put("offset", List.of(offset));
        }
        EventFilter page = filters.parse(paging, Set.of("limit", "offset"));
        String kind = ctx.queryParam("kind");
        kind = kind == null || kind.isBlank() ? null : kind.strip();
        ObjectNode o = mapper.createObjectNode();
        ArrayNode cross = o.putArray("cross_document");
        for (var c : store.checks()) {
            if (kind == null || kind.equals(c.kind())) {
                cross.add(views.check(c));
            }
        }
        ArrayNode within = o.putArray("items");
        for (DocumentCheck dc : store.documentChecks(kind, page.limit(), page.offset())) {
            ObjectNode x = views.check(dc.check());
            x.set("document", views.documentRef(dc.document()));
            within.add(x);
        }
        json(ctx, o);
    }

    private void stats(Context ctx) throws AttestException {
        EventFilter f = filters.parse(ctx.queryParamMap(), STATS_PARAMS);
        Timeline interval = Timeline.of(ctx.queryParam("interval"));
        answers.answer(ctx, "stats", new StatsRequest(f, interval), () -> {
            Stats stats = store.stats(f);
            return views.stats(stats, interval.count(stats.byDate()), interval.code());
        });
    }

    /** What a statistics answer depends on, besides the data. */
    private record StatsRequest(EventFilter filter, Timeline interval) {
    }

    private void place(Context ctx) throws AttestException {
        noQuery(ctx);
        long id = id(ctx, "geonameid");
        json(ctx, views.place(store.place(id).orElseThrow(() -> ApiError.notFound("no place " + id + " in the store"))));
    }

    @FunctionalInterface
    private interface Exporter {
        long export(EventFilter f, Writer w) throws AttestException, IOException;
    }

    private void export(Context ctx, String type, String ext, Exporter exporter) throws AttestException {
        EventFilter f = filters.parse(ctx.queryParamMap(), FILTER_PARAMS);
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"attest-events." + ext + "\"");
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            exporter.export(f, w);
            w.flush();
        } catch (IOException e) {
            // the client went away mid-download: nothing left to answer
            throw new UncheckedIOException(e);
        }
    }

    private static void noQuery(Context ctx) {
        for (String k : ctx.queryParamMap().keySet()) {
            throw ApiError.badRequest("unknown parameter '" + k + "'; this endpoint takes none");
        }
    }

    private static long id(Context ctx, String name) {
        String v = ctx.pathParam(name);
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiError.badRequest(name + ": not a positive whole number: '" + v + "'");
    }

    private static void json(Context ctx, ObjectNode o) {
        ctx.contentType("application/json").result(o.toString());
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> s = new HashSet<>(a);
        s.addAll(b);
        return Set.copyOf(s);
    }

    private static String resource(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            org.attest.internal.Validate.isTrue(in != null, "resource %s is missing from the jar", path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
