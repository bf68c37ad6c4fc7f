package org.yeyak.server.session;

import io.javalin.http.Context;
import org.yeyak.server.http.ApiError;

/**
 * Checks the session headers of a citizen call: {@code Authorization: Bearer <sessionToken>}
 * and {@code X-Device-Id}. No or a bad/expired token → {@code 401 SESSION_REQUIRED} /
 * {@code 401 INVALID_SESSION}; a genuine token from another (or no) device id →
 * {@code 403 DEVICE_MISMATCH}.
 */
public final class SessionGate {
    public static final String DEVICE_HEADER = "X-Device-Id";
    private static final String ATTRIBUTE = "yeyak.citizen";

    private final SessionTokens tokens;

    public SessionGate(SessionTokens tokens) {
        this.tokens = tokens;
    }

    public CitizenSession require(Context ctx) {
        CitizenSession cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String auth = ctx.header("Authorization");
        if (auth == null || auth.isBlank()) {
            throw ApiError.unauthorized("SESSION_REQUIRED", "Verify your identity first: this call needs a session token.")
                    .header("WWW-Authenticate", "Bearer");
        }
        if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw invalid();
        }
        CitizenSession s = tokens.read(auth.substring(7).trim()).orElseThrow(SessionGate::invalid);
        String device = ctx.header(DEVICE_HEADER);
        if (device == null || !device.equals(s.deviceId())) {
            throw ApiError.forbidden("DEVICE_MISMATCH",
                    "This session belongs to another device; verify on this device once that session ends.");
        }
        ctx.attribute(ATTRIBUTE, s);
        return s;
    }

    private static ApiError invalid() {
        return ApiError.unauthorized("INVALID_SESSION", "The session token is invalid or has expired; verify again.")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
}
