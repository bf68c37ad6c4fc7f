package org.yeyak.server.booking;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.http.Routes;

/**
 * The citizen's booking routes (API.md): {@code POST /api/v1/bookings},
 * {@code GET /api/v1/bookings/me}, {@code DELETE /api/v1/bookings/{bookingId}}. Thin: the
 * {@link CitizenGate} says who is asking, {@link BookingService} does the rest.
 */
public final class BookingRoutes implements Routes {
    private final CitizenGate gate;
    private final BookingService bookings;

    public BookingRoutes(CitizenGate gate, BookingService bookings) {
        this.gate = gate;
        this.bookings = bookings;
    }

    /** {@code {"clinicId":"...","date":"2021-08-26"}}. */
    public record BookingRequest(String clinicId, LocalDate date) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/bookings", this::book);
        routes.get("/api/v1/bookings/me", this::mine);
        routes.delete("/api/v1/bookings/{bookingId}", this::cancel);
    }

    private void book(Context ctx) {
        Citizen citizen = gate.authenticate(ctx);
        String key = Idempotency.requireKey(ctx.header(Idempotency.HEADER));
        BookingRequest req = Bodies.read(ctx, BookingRequest.class);
        String clinicId = Bodies.require(req.clinicId(), "clinicId");
        LocalDate date = Bodies.require(req.date(), "date");
        Idempotency idem = new Idempotency(key, citizen.sessionId(), Idempotency.hash(clinicId, date.toString()));
        // A replay is answered whatever the admission token says (the first request spent it):
        // looked up when the admission is refused, and inside the booking transaction otherwise
        // (which also finds a first request that committed a moment ago) — one read fewer for
        // everyone who books once.
        Admission admission;
        try {
            admission = gate.admit(ctx, citizen);
        } catch (ApiError refused) {
            BookingService.Outcome replayed = bookings.replay(citizen.key(), idem).orElseThrow(() -> refused);
            ctx.status(201).contentType("application/json").result(replayed.json());
            return;
        }
        BookingService.Outcome outcome = bookings.book(BookingCommand.online(citizen, clinicId, date, admission, idem));
        ctx.status(201).contentType("application/json").result(outcome.json());
    }

    private void mine(Context ctx) {
        Citizen citizen = gate.authenticate(ctx);
        ctx.json(bookings.findForPerson(citizen.campaignId(), citizen.key()).stream().map(Booking::view).toList());
    }

    private void cancel(Context ctx) {
        Citizen citizen = gate.authenticate(ctx);
        bookings.cancel(ctx.pathParam("bookingId"), citizen.key(), "citizen:" + citizen.key().value().substring(0, 12));
        ctx.status(204);
    }
}
