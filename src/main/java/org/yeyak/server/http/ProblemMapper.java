package org.yeyak.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.client.Problem;

/**
 * The one place that turns failures into problem+json bodies. Bad input is a 4xx
 * naming the field; anything unexpected is a bare 500 with no detail (logged here,
 * without the request body, which may hold a resident id).
 */
public final class ProblemMapper implements Routes {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);
    private static final String ANSWERED = "yeyak.problem";

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) {
                write(ctx, ApiError.invalidInput("body", "The request body is larger than 64 KiB."));
            } else if (e.getStatus() == 404) {
                write(ctx, ApiError.notFound("No such resource."));
            } else if (e.getStatus() >= 400 && e.getStatus() < 500) {
                write(ctx, new ApiError(e.getStatus(), "INVALID_INPUT", "Invalid request", e.getMessage()));
            } else {
                unexpected(ctx, e);
            }
        });
        routes.exception(Exception.class, (e, ctx) -> unexpected(ctx, e));
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, ApiError.notFound("No route for " + ctx.method() + " " + ctx.path() + "."));
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, ApiError.notFound("No route for " + ctx.method() + " " + ctx.path() + "."));
            }
        });
        routes.error(500, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                write(ctx, new ApiError(500, "INTERNAL_ERROR", "Internal error", "The server could not complete the request."));
            }
        });
    }

    private static void unexpected(Context ctx, Exception e) {
        if (overloaded(e)) {
            // Not a bug but a full house: every store connection busy past the pool's wait, or a
            // row lock not granted in time. Say so, and when to come back; nothing was written.
            log.warn("Busy: {} {} ({})", ctx.method(), ctx.path(), e.getClass().getSimpleName());
            write(ctx, new ApiError(503, "SERVER_BUSY", "Server busy",
                    "The server is at capacity right now; nothing was changed. Try again in a moment.")
                    .header("Retry-After", "2"));
            return;
        }
        log.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
        write(ctx, new ApiError(500, "INTERNAL_ERROR", "Internal error", "The server could not complete the request."));
    }

    /** A connection-pool wait or lock wait that ran out: the store is saturated, not broken. */
    static boolean overloaded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLTimeoutException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 50200       // H2: lock timeout
                    || "55P03".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))) {  // PG: lock / statement timeout
                return true;
            }
        }
        return false;
    }

    /** Writes the problem body and its headers. */
    public static void write(Context ctx, ApiError e) {
        Problem p = e.toProblem();
        ctx.attribute(ANSWERED, Boolean.TRUE);
        e.headers().forEach(ctx::header);
        ctx.status(e.status());
        try {
            ctx.contentType(CONTENT_TYPE).result(WebJson.mapper().writeValueAsBytes(p));
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            ctx.contentType(CONTENT_TYPE).result("{\"status\":" + e.status() + ",\"code\":\"" + e.code() + "\"}");
        }
    }
}
