package org.yeyak.server.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers — requests refused before they reach a route, such as a URL with a
 * broken percent-escape ({@code /api/v1/bookings/%ZZ}) or malformed headers — as problem+json
 * like every other error (API.md), instead of Jetty's HTML page. A 4xx is bad input
 * ({@code 400 INVALID_INPUT}, {@code field: "url"}); a 404 {@code NOT_FOUND}; anything else a bare
 * {@code INTERNAL_ERROR}. Never the cause's message (it may quote the request).
 */
public final class JettyProblems extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ApiError e;
        if (code == 404) {
            e = ApiError.notFound("No such resource.");
        } else if (code >= 400 && code < 500) {
            e = new ApiError(code, "INVALID_INPUT", "Invalid input", "The request could not be read"
                    + " (malformed URL, headers or body).").with("field", "url");
        } else {
            e = new ApiError(code >= 500 ? code : 500, "INTERNAL_ERROR", "Internal error",
                    "The server could not complete the request.");
        }
        byte[] body;
        try {
            body = WebJson.mapper().writeValueAsBytes(e.toProblem());
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            body = ("{\"status\":" + code + ",\"code\":\"" + e.code() + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemMapper.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
