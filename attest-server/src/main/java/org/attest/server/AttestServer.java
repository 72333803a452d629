package org.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.AttestException;
import org.attest.internal.Validate;
import org.attest.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI at {@code /}. Read-only except {@code POST
 * /api/documents}, which needs the configured bearer token. Every error is answered as
 * {@code {"error": "...", "status": N}}; no stack trace ever leaves the process.
 *
 * <p>The server does not own the store: the caller opens it before and closes it after.
 */
public final class AttestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttestServer.class);

    private final ServerConfig config;
    private final Javalin app;
    private final ObjectMapper mapper = new ObjectMapper();

    private AttestServer(Store store, PipelineSource pipelines, ServerConfig config) {
        this.config = config;
        Api api = new Api(store, new Ingest(store, pipelines, config, mapper), mapper, config);
        this.app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.jsonMapper(new JavalinJackson(mapper, false));
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            securityHeaders(ctx);
            refuseOtherWrites(ctx);
        });
        api.routes(app);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), frameworkMessage(e)));
        app.exception(AttestException.class, (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            error(ctx, 500, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; see the server log");
        });
        // answers the framework makes without an exception: no route, wrong method
        app.error(404, ctx -> {
            if (!isJsonError(ctx)) {
                error(ctx, 404, "no such resource: " + ctx.path());
            }
        });
        app.error(405, ctx -> {
            if (!isJsonError(ctx)) {
                error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /**
     * Builds a server; {@link #start()} binds it.
     *
     * @param pipelines gives the pipeline for the first posted document
     */
    public static AttestServer create(Store store, PipelineSource pipelines, ServerConfig config) {
        Validate.notNull(store, "store");
        Validate.notNull(pipelines, "pipelines");
        Validate.notNull(config, "config");
        return new AttestServer(store, pipelines, config);
    }

    /** Binds the port and starts answering; throws when the port cannot be bound. */
    public AttestServer start() throws AttestException {
        try {
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw new AttestException("cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The bound port (the chosen one when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** Stops answering and releases the port. */
    @Override
    public void close() {
        app.stop();
    }

    private void securityHeaders(Context ctx) {
        // scripts only from this origin: even a document that slipped into the DOM as markup
        // could not run inline code; images may come from a configured tile server
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: https: http:; connect-src 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void refuseOtherWrites(Context ctx) {
        String m = ctx.method().name();
        boolean read = m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS");
        if (!read && !(m.equals("POST") && ctx.path().equals("/api/documents"))) {
            throw new ApiError(405, "method " + m + " is not allowed on " + ctx.path()
                    + ": the API is read-only except POST /api/documents");
        }
    }

    private static boolean isJsonError(Context ctx) {
        String body = ctx.result();
        return body != null && body.startsWith("{\"error\"");
    }

    private static String frameworkMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "request body too large";
            case 404 -> "not found";
            default -> e.getMessage() == null ? "HTTP " + e.getStatus() : e.getMessage().toLowerCase(Locale.ROOT);
        };
    }

    private void error(Context ctx, int status, String message) {
        ObjectNode o = mapper.createObjectNode();
        o.put("error", message);
        o.put("status", status);
        ctx.status(status).contentType(ContentType.APPLICATION_JSON).result(o.toString());
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
    }

    /** The route names the OpenAPI description must list, for its test. */
    static Set<String> routes() {
        return new HashSet<>(List.of(Api.ROUTES));
    }

}
