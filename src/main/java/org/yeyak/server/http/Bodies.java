package org.yeyak.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;
import org.yeyak.client.Json;

/** Reads request bodies strictly: size-limited, typed, and every failure a 400 naming the field. */
public final class Bodies {
    /** API.md: bodies over 64 KiB are refused. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    /**
     * The shared mapper's settings, and besides: a number or a boolean where the request wants
     * text is a wrong type (Jackson would otherwise read {@code "deviceId": 12345678} as
     * {@code "12345678"}), so it is refused like any other wrong type.
     */
    private static final ObjectMapper STRICT = strict();

    private Bodies() {
    }

    private static ObjectMapper strict() {
        ObjectMapper m = Json.create();
        m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body;
        try {
            body = ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            throw ApiError.invalidInput("body", "The request body could not be read (is it larger than 64 KiB?).");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw ApiError.invalidInput("body", "The request body is larger than 64 KiB.");
        }
        if (body.length == 0) {
            throw ApiError.invalidInput("body", "A JSON body is required.");
        }
        try {
            T value = STRICT.readValue(body, type);
            if (value == null) {
                throw ApiError.invalidInput("body", "A JSON object is required.");
            }
            return value;
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (field.isEmpty()) {
                throw ApiError.invalidInput("body", "The body is not valid JSON for this request.");
            }
            throw ApiError.invalidInput(field, "Field '" + field + "' has the wrong type or format.");
        } catch (JsonProcessingException e) {
            throw ApiError.invalidInput("body", "The body is not valid JSON.");
        } catch (IOException e) {
            throw ApiError.invalidInput("body", "The body could not be read.");
        }
    }

    /** A required field: null or blank → 400 naming it. */
    public static <T> T require(T value, String field) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw ApiError.invalidInput(field, "Field '" + field + "' is required.");
        }
        return value;
    }
}
