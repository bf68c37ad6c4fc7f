package org.yeyak.server.booking;

import io.javalin.http.Context;
import org.yeyak.server.http.ApiError;

/**
 * Who is asking, and may they be at the booking stage? The booking routes know nothing of
 * sessions or tokens: they ask the gate. The real gate (identity verification and waiting room)
 * checks {@code Authorization: Bearer <sessionToken>} + {@code X-Device-Id}, and
 * {@code X-Admission-Token}; tests use their own gate, never switchable by a request.
 *
 * <p>Order on {@code POST /api/v1/bookings} (API.md): {@link #authenticate} → body →
 * idempotent replay (same person, session, key) → {@link #admit} → booking.
 */
public interface CitizenGate {

    /**
     * The verified citizen behind the request's session headers. Throws an {@link ApiError}
     * (401 for a missing, forged or expired session, 403 {@code DEVICE_MISMATCH}) otherwise.
     */
    Citizen authenticate(Context ctx);

    /**
     * Checks the request's admission token for this citizen (signature, expiry, person, campaign)
     * without consuming it; the booking consumes it. Throws {@code 401 ADMISSION_REQUIRED} when
     * there is none and {@code 401 INVALID_ADMISSION} when it is forged, expired or another's.
     */
    Admission admit(Context ctx, Citizen citizen);

    /** A gate that lets nobody in: the booking routes are closed until a real gate is wired. */
    static CitizenGate closed() {
        return new CitizenGate() {
            @Override
            public Citizen authenticate(Context ctx) {
                throw ApiError.unauthorized("UNAUTHENTICATED", "Verify your identity first.");
            }

            @Override
            public Admission admit(Context ctx, Citizen citizen) {
                throw ApiError.unauthorized("ADMISSION_REQUIRED", "Wait for your turn in the queue first.");
            }
        };
    }
}
