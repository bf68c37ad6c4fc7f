package org.yeyak.surge;

import static org.yeyak.surge.CitizenApi.listOf;
import static org.yeyak.surge.CitizenApi.type;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.yeyak.client.citizen.Booking;
import org.yeyak.client.citizen.BookingRequest;
import org.yeyak.client.citizen.ClinicListing;
import org.yeyak.client.citizen.QueueTicket;
import org.yeyak.surge.CitizenApi.Session;

/**
 * One person going through the real flow over HTTP: pick a provider, verify, take a ticket,
 * wait in the queue as told by {@code pollAfterMs}, list clinics, book. Runs on its own
 * virtual thread; returns how the visit ended. What the server does that the contract
 * forbids is counted as a violation, never hidden.
 */
final class VirtualCitizen {
    /** How many times a citizen tries another date, or another clinic after SLOT_FULL. */
    private static final int BOOKING_ATTEMPTS = 4;
    /** A well-behaved citizen who meets a closed window comes back this many times at most. */
    private static final int NOT_OPEN_RETRIES = 120;
    private static final long MAX_POLL_MS = 30_000;

    private final RunContext ctx;
    /** The API of the node this citizen is bound to. */
    private final CitizenApi api;
    private final int node;
    private final Resident resident;
    private final Misbehavior behavior;
    private final SplittableRandom random;
    private final long arrivalNanos;
    private final Identity identity;

    /** Citizen {@code index} of the run: bound to node {@code index mod n}. */
    VirtualCitizen(RunContext ctx, int index, Resident resident, Misbehavior behavior, long seed) {
        this.ctx = ctx;
        this.node = ctx.nodeOf(index);
        this.api = ctx.apis.get(node);
        this.resident = resident;
        this.behavior = behavior;
        this.random = new SplittableRandom(seed);
        this.arrivalNanos = System.nanoTime();
        this.identity = new Identity(ctx, api, resident, behavior, random);
    }

    /** Runs the visit; never throws (a stop ends it as {@link Outcome#UNFINISHED}). */
    Outcome visit() {
        ctx.stats.arrived();
        Outcome outcome;
        try {
            outcome = run();
        } catch (InterruptedException e) {
            outcome = Outcome.UNFINISHED;
        } catch (RuntimeException e) {
            ctx.stats.error("CLIENT_" + e.getClass().getSimpleName());
            outcome = Outcome.ERROR;
        }
        ctx.stats.finished(behavior, outcome);
        return outcome;
    }

    private Outcome run() throws InterruptedException {
        Identity.Result verified = identity.verify();
        if (verified.outcome() != null) {
            return verified.outcome();
        }
        Session session = verified.session();
        Outcome outcome = Outcome.ERROR;
        Booking booking = null;
        boolean unanswered = false;
        try {
            for (int round = 0; round < 2; round++) {
                Admission admission = queue(session, verified.otherDevice());
                if (admission.outcome() != null) {
                    outcome = admission.outcome();
                    break;
                }
                BookResult result = book(session, admission.token());
                unanswered |= result.unanswered();
                booking = result.booking();
                outcome = result.outcome();
                if (outcome != null) {
                    break;
                }
                // The admission was refused at the booking stage (expired): queue once more.
                outcome = Outcome.ERROR;
            }
        } finally {
            ctx.visits.add(new RunContext.Visit(session, resident.region(), booking, unanswered, node));
        }
        if (outcome == Outcome.BOOKED) {
            ctx.stats.record(Step.FLOW, System.nanoTime() - arrivalNanos);
        }
        return outcome;
    }

    record Admission(String token, Outcome outcome) {
    }

    /** Takes a ticket and waits to be admitted. */
    private Admission queue(Session session, String otherDevice) throws InterruptedException {
        Reply<QueueTicket> taken = takeTicket(session);
        if (!taken.ok()) {
            return new Admission(null, terminal(taken, ctx.stats));
        }
        if (behavior == Misbehavior.WRONG_DAY) {
            ctx.stats.violation("WRONG_DAY_GOT_A_TICKET");
            return new Admission(null, Outcome.ERROR);
        }
        if (otherDevice != null) {
            // The losing device tries the winner's token: the server must refuse it.
            Reply<QueueTicket> stolen = api.post(Step.TICKET, "/api/v1/queue/tickets", null,
                    new Session(session.token(), otherDevice), null, null, type(QueueTicket.class));
            if (!stolen.is(403, "DEVICE_MISMATCH")) {
                ctx.stats.violation("TOKEN_ACCEPTED_FROM_ANOTHER_DEVICE");
            }
        }
        QueueTicket ticket = taken.body();
        long enteredNanos = System.nanoTime();
        long abandonAfterMs = behavior == Misbehavior.ABANDON ? 1_000 + random.nextLong(9_000) : Long.MAX_VALUE;
        ctx.stats.enteredQueue();
        try {
            int polls = 0;
            while (!ticket.admitted()) {
                if (ticket.expired()) {
                    ctx.stats.error("TICKET_EXPIRED_WHILE_POLLING");
                    return new Admission(null, Outcome.ERROR);
                }
                long waitedMs = (System.nanoTime() - enteredNanos) / 1_000_000;
                if (waitedMs >= abandonAfterMs) {
                    return new Admission(null, Outcome.ABANDONED);
                }
                long poll = pollInterval(ticket.pollAfterMs(), 2_000);
                ctx.pause(Math.min(poll, Math.max(0, abandonAfterMs - waitedMs)));
                if (behavior == Misbehavior.ABANDON && (System.nanoTime() - enteredNanos) / 1_000_000 >= abandonAfterMs) {
                    return new Admission(null, Outcome.ABANDONED);
                }
                Reply<QueueTicket> next;
                if (behavior == Misbehavior.IMPATIENT && ++polls % 2 == 0) {
                    // Presses "take a ticket" again: same ticket, same place in line.
                    next = api.post(Step.TICKET, "/api/v1/queue/tickets", null, session, null, null,
                            type(QueueTicket.class));
                    if (next.ok() && !sameTicket(ticket, next.body())) {
                        ctx.stats.violation("TICKET_CHANGED_ON_REPEAT");
                    }
                } else {
                    next = api.get(Step.TICKET_POLL, "/api/v1/queue/tickets/" + ticket.ticketId(), Map.of(),
                            session, null, type(QueueTicket.class));
                }
                if (!next.ok()) {
                    return new Admission(null, terminal(next, ctx.stats));
                }
                ticket = next.body();
            }
            ctx.stats.record(Step.QUEUE_WAIT, System.nanoTime() - enteredNanos);
            if (ticket.admissionToken() == null) {
                ctx.stats.violation("ADMITTED_WITHOUT_TOKEN");
                return new Admission(null, Outcome.ERROR);
            }
            if (behavior == Misbehavior.ABANDON) {
                // Admitted before patience ran out, but closes the tab anyway: the place must expire.
                return new Admission(null, Outcome.ABANDONED);
            }
            return new Admission(ticket.admissionToken(), null);
        } finally {
            ctx.stats.leftQueue();
        }
    }

    private Reply<QueueTicket> takeTicket(Session session) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Reply<QueueTicket> r = api.post(Step.TICKET, "/api/v1/queue/tickets", null, session, null, null,
                    type(QueueTicket.class));
            if (!"WINDOW_NOT_OPEN".equals(r.code()) || attempt >= NOT_OPEN_RETRIES && behavior != Misbehavior.EARLY) {
                return r;
            }
            // Early: reloads every second. Others come back when told to (Retry-After), or in 5 s.
            long wait = behavior == Misbehavior.EARLY ? 1_000
                    : r.retryAfterSeconds() > 0 ? Math.min(r.retryAfterSeconds() * 1_000, MAX_POLL_MS) : 5_000;
            ctx.pause(wait);
        }
    }

    record BookResult(Booking booking, Outcome outcome, boolean unanswered) {
    }

    /** Lists clinics and books; a null outcome means the admission was refused (queue again). */
    private BookResult book(Session session, String admission) throws InterruptedException {
        List<LocalDate> dates = ctx.vaccinationDates;
        boolean unanswered = false;
        for (int attempt = 0; attempt < BOOKING_ATTEMPTS; attempt++) {
            LocalDate date = dates.get(random.nextInt(dates.size()));
            Reply<List<ClinicListing>> listed = api.get(Step.CLINICS, "/api/v1/clinics",
                    Map.of("region", resident.region(), "date", date.toString()), session, admission,
                    listOf(ClinicListing.class));
            if (!listed.ok()) {
                return admissionLost(listed) ? new BookResult(null, null, unanswered)
                        : new BookResult(null, terminal(listed, ctx.stats), unanswered);
            }
            ClinicListing clinic = choose(listed.body(), date);
            if (clinic == null) {
                continue;
            }
            ctx.holdBeforeBooking();
            BookingRequest body = new BookingRequest(clinic.clinicId(), date);
            String key = UUID.randomUUID().toString();
            // (CitizenApi already sent it again, with the same key, after a 5xx or no answer.)
            Reply<Booking> booked = post(session, admission, body, key);
            if (booked.status() == 0 || booked.status() >= 500) {
                // Still no answer: the booking may exist; the check afterwards allows for that.
                unanswered = true;
            }
            if (booked.ok()) {
                if (behavior == Misbehavior.IMPATIENT) {
                    Reply<Booking> again = post(session, admission, body, key);
                    if (!again.ok() || !booked.body().bookingId().equals(again.body().bookingId())) {
                        ctx.stats.violation("IDEMPOTENT_REPLAY_NOT_SAME_BOOKING");
                    }
                }
                return new BookResult(booked.body(), Outcome.BOOKED, false);
            }
            if ("SLOT_FULL".equals(booked.code())) {
                continue;
            }
            if (admissionLost(booked)) {
                return new BookResult(null, null, unanswered);
            }
            return new BookResult(null, terminal(booked, ctx.stats), unanswered);
        }
        return new BookResult(null, Outcome.NO_STOCK, unanswered);
    }

    private Reply<Booking> post(Session session, String admission, BookingRequest body, String key)
            throws InterruptedException {
        return api.post(Step.BOOK, "/api/v1/bookings", body, session, admission, key, type(Booking.class));
    }

    /** A clinic with doses left on that date, chosen in proportion to what is left. */
    private ClinicListing choose(List<ClinicListing> clinics, LocalDate date) {
        List<ClinicListing> open = new ArrayList<>();
        long total = 0;
        for (ClinicListing c : clinics) {
            int n = c.availableOn(date);
            if (n < 0) {
                ctx.stats.violation("NEGATIVE_STOCK_LISTED");
            } else if (n > 0) {
                open.add(c);
                total += n;
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        long pick = random.nextLong(total);
        for (ClinicListing c : open) {
            pick -= c.availableOn(date);
            if (pick < 0) {
                return c;
            }
        }
        return open.getLast();
    }

    private long pollInterval(Long serverMs, long fallback) {
        long ms = serverMs == null || serverMs <= 0 ? fallback : Math.min(serverMs, MAX_POLL_MS);
        return behavior == Misbehavior.IMPATIENT ? Math.max(50, Math.min(ms / 4, 250)) : ms;
    }

    private static boolean admissionLost(Reply<?> r) {
        return r.status() == 401 && ("INVALID_ADMISSION".equals(r.code()) || "ADMISSION_REQUIRED".equals(r.code()));
    }

    private static boolean sameTicket(QueueTicket a, QueueTicket b) {
        if (!a.ticketId().equals(b.ticketId())) {
            return false;
        }
        return a.position() == null || b.position() == null || a.position().equals(b.position());
    }

    /**
     * How a failed reply ends the visit: a refusal the contract defines, or an error (a
     * transport failure, a 5xx, and also 400/404: the simulator sends only valid requests
     * to routes of the contract, so either means the two disagree).
     */
    static Outcome terminal(Reply<?> r, SurgeStats stats) {
        if (r.refusal() && r.status() != 400 && r.status() != 404) {
            return Outcome.REFUSED;
        }
        if (r.status() >= 400 && r.status() < 500) {
            stats.error("UNEXPECTED_" + r.status() + (r.code() == null ? "" : "_" + r.code()));
        }
        return Outcome.ERROR;
    }
}
