package org.yeyak.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yeyak.client.Problem;

/**
 * A refusal the API answers with a problem+json body. Thrown by services and
 * handlers; {@link ProblemMapper} turns it into the response. Never carries
 * another person's data, SQL or stack traces.
 */
public class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiError(int status, String code, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public static ApiError invalidInput(String field, String detail) {
        return new ApiError(400, "INVALID_INPUT", "Invalid input", detail).with("field", field);
    }

    public static ApiError notFound(String detail) {
        return new ApiError(404, "NOT_FOUND", "Not found", detail);
    }

    public static ApiError unauthorized(String code, String detail) {
        return new ApiError(401, code, "Unauthorized", detail);
    }

    public static ApiError forbidden(String code, String detail) {
        return new ApiError(403, code, "Forbidden", detail);
    }

    public static ApiError conflict(String code, String title, String detail) {
        return new ApiError(409, code, title, detail);
    }

    /** Adds an extension member (skipped when null). */
    public ApiError with(String name, Object value) {
        if (value != null) {
            extensions.put(name, value);
        }
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public ApiError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem() {
        Problem p = new Problem(status, title, getMessage(), code);
        extensions.forEach(p::with);
        return p;
    }
}
