package org.yeyak.server.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.yeyak.client.Json;
import org.yeyak.server.audit.AuditEntry;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.campaign.BookingAccess;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockMirror;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.security.PersonKey;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.TimeOrderedIds;
import org.yeyak.server.store.Tx;

/**
 * Booking, cancelling and moving doses: the heart of the server.
 *
 * <p>{@link #book} checks what can be checked from outside the transaction (campaign, clinic,
 * date in the vaccination period, the person's window now), then hands one job to the
 * {@link BatchWriter}. Inside the batch transaction the job: recognises an idempotent replay;
 * refuses a spent admission token ({@code 401 INVALID_ADMISSION}) or a second booking
 * ({@code 409 ALREADY_BOOKED}); takes one dose only if one is left ({@code 409 SLOT_FULL});
 * inserts the booking; stores the idempotent response; and records the audit event. The call
 * returns after the commit is durable. The database's constraints (one active booking per person
 * and campaign, single-use admission ids, {@code remaining >= 0}) keep this correct with any
 * number of server nodes on one PostgreSQL.
 *
 * <p>Every refusal is an {@link ApiError} with the API.md code; nothing is written on a refusal.
 */
public final class BookingService {
    /** Audit action of every booking made (online or assisted), in the booking's transaction. */
    public static final String CREATED = "BOOKING_CREATED";
    /** Audit action of every booking cancelled, only when the cancellation changed it. */
    public static final String CANCELLED = "BOOKING_CANCELLED";

    private final DataSource ds;
    private final Clock clock;
    private final CampaignStore campaigns;
    private final ClinicStore clinics;
    private final BatchWriter writer;
    private final StockMirror mirror;

    public BookingService(DataSource ds, Clock clock, CampaignStore campaigns, ClinicStore clinics, BatchWriter writer) {
        this(ds, clock, campaigns, clinics, writer, null);
    }

    /** As above, keeping {@code mirror} (may be null) in step with every dose taken or returned here. */
    public BookingService(DataSource ds, Clock clock, CampaignStore campaigns, ClinicStore clinics, BatchWriter writer,
                          StockMirror mirror) {
        this.ds = ds;
        this.clock = clock;
        this.campaigns = campaigns;
        this.clinics = clinics;
        this.writer = writer;
        this.mirror = mirror;
    }

    /**
     * The answer to a booking request: the booking, and its JSON exactly as first answered
     * ({@code replayed} when this is a replay of an earlier request with the same key).
     */
    public record Outcome(BookingView booking, String json, boolean replayed, String tranche) {
        Outcome(BookingView booking, String json, boolean replayed) {
            this(booking, json, replayed, null);
        }
    }

    /** Books one dose; durable when it returns. Refusals: see the class comment. */
    public Outcome book(BookingCommand cmd) {
        Campaign campaign = campaign(cmd.campaignId());
        Instant now = clock.instant();
        BookingAccess access = cmd.channel() == Booking.Channel.ASSISTED
                ? BookingAccess.assisted(campaign, cmd.birthDate(), now)
                : BookingAccess.online(campaign, cmd.birthDate(), now);
        Clinic clinic = bookableClinic(campaign, cmd.clinicId(), cmd.date());
        String vaccine = clinic.vaccine() != null ? clinic.vaccine() : campaign.vaccine();
        Outcome out = writer.run((c, audit) -> {
            try {
                return bookIn(c, audit, cmd, access.tranches(), vaccine);
            } catch (ApiError refusal) {
                // The same request may have committed on another node between our checks: if so,
                // this is a repeat of it and gets its answer, not a refusal.
                return replayAfterRace(c, cmd.person(), cmd.idempotency()).orElseThrow(() -> refusal);
            }
        }, cmd.clinicId() + "|" + cmd.date());
        if (mirror != null && !out.replayed() && out.tranche() != null) {
            mirror.taken(cmd.campaignId(), cmd.clinicId(), cmd.date(), out.tranche());
        }
        return out;
    }

    private static Optional<Outcome> replayAfterRace(Connection c, PersonKey person, Idempotency idem)
            throws SQLException {
        if (idem == null) {
            return Optional.empty();
        }
        return BookingStore.response(c, person, idem.key())
                .filter(stored -> stored.sessionId().equals(idem.sessionId())
                        && stored.requestHash().equals(idem.requestHash()))
                .map(stored -> replayOf(stored, idem));
    }

    /**
     * An earlier answer to the same Idempotency-Key of this person and session, if any: the same
     * body for the same request, {@code 422 IDEMPOTENCY_MISMATCH} for another request. Empty when
     * the key is new (or was used in another session). Reads only; call it before the admission check.
     * Returns only once the answer it found is durable.
     */
    public Optional<Outcome> replay(PersonKey person, Idempotency idem) {
        Optional<BookingStore.StoredResponse> stored = Tx.read(ds, c -> BookingStore.response(c, person, idem.key()));
        if (stored.isEmpty() || !stored.get().sessionId().equals(idem.sessionId())) {
            return Optional.empty();
        }
        // Read on another connection than the batch's: the commit that stored this answer may be
        // visible but not yet in the file (H2). Answering 201 before it is would let a crash at
        // that instant lose an acknowledged booking.
        writer.awaitCommitsInProgress();
        return Optional.of(replayOf(stored.get(), idem));
    }

    /**
     * Bookings standing now, over all campaigns: bookings made less bookings cancelled, as the
     * audit trail counts them ({@link AuditLog#total}). Every booking and every effective
     * cancellation writes its audit event in its own transaction, so this equals counting the
     * active rows of {@code bookings}, without reading them.
     */
    public static long standingBookings(Connection c) throws SQLException {
        return AuditLog.total(c, CREATED) - AuditLog.total(c, CANCELLED);
    }

    private Outcome bookIn(Connection c, Consumer<AuditEntry> audit, BookingCommand cmd, List<String> tranches,
                           String vaccine) throws SQLException {
        Idempotency idem = cmd.idempotency();
        BookingStore.Precheck pre = BookingStore.precheck(c, cmd.campaignId(), cmd.person(),
                idem == null ? null : idem.key(), cmd.admissionId());
        if (pre.stored() != null) {
            if (!pre.stored().sessionId().equals(idem.sessionId())) {
                throw mismatch("This Idempotency-Key was already used in another session.");
            }
            return replayOf(pre.stored(), idem);
        }
        if (pre.admissionSpent()) {
            throw spentAdmission();
        }
        if (pre.alreadyBooked()) {
            throw alreadyBooked();
        }
        String tranche = StockStore.take(c, cmd.campaignId(), cmd.clinicId(), cmd.date(), tranches)
                .orElseThrow(() -> new ApiError(409, "SLOT_FULL", "Slot full",
                        "No dose is left at this clinic on " + cmd.date() + " for now; choose another clinic or date."));
        Instant now = clock.instant();
        Booking booking = new Booking(TimeOrderedIds.uuid7(), cmd.campaignId(), cmd.person(), cmd.clinicId(),
                cmd.date(), tranche, vaccine, Booking.CONFIRMED, cmd.channel(), cmd.actor(), now, null);
        if (!BookingStore.insert(c, booking, cmd.admissionId())) {
            // Another node committed this person's booking, or one with this token, since the
            // precheck (the dose taken above goes back with the refusal's savepoint rollback).
            boolean spent = cmd.admissionId() != null && BookingStore.admissionUsed(c, cmd.admissionId());
            throw spent ? spentAdmission() : alreadyBooked();
        }
        String json = json(booking.view());
        if (idem != null) {
            BookingStore.saveResponse(c, cmd.person(), idem, 201, json, now);
        }
        audit.accept(new AuditEntry(cmd.actor(), CREATED, booking.id(), Map.of(
                "campaignId", booking.campaignId(), "clinicId", booking.clinicId(), "date", booking.date().toString(),
                "tranche", tranche, "channel", booking.channel().name(), "person", cmd.person().toString())));
        return new Outcome(booking.view(), json, false, tranche);
    }

    /**
     * Cancels a booking and returns its dose to stock. {@code owner} non-null: only that person's
     * booking (anyone else's is {@code 404}, as if it did not exist); null: staff, any booking.
     * Cancelling an already cancelled booking changes nothing and succeeds (DELETE is idempotent).
     */
    public void cancel(String bookingId, PersonKey owner, String actor) {
        Booking cancelled = writer.run((c, audit) -> {
            Booking b = BookingStore.get(c, bookingId)
                    .filter(x -> owner == null || x.person().equals(owner))
                    .orElseThrow(() -> ApiError.notFound("No booking " + bookingId + "."));
            if (BookingStore.cancel(c, bookingId, clock.instant())) {
                StockStore.giveBack(c, b.campaignId(), b.clinicId(), b.date(), b.tranche());
                audit.accept(new AuditEntry(actor, CANCELLED, bookingId, Map.of(
                        "campaignId", b.campaignId(), "clinicId", b.clinicId(), "date", b.date().toString(),
                        "tranche", b.tranche())));
                return b;
            }
            return null;
        });
        if (mirror != null && cancelled != null) {
            mirror.returned(cancelled.campaignId(), cancelled.clinicId(), cancelled.date(), cancelled.tranche());
        }
    }

    /**
     * Moves an active booking to another clinic and/or date, keeping its id: the new dose is taken
     * first (from the tranches the person may draw from now), then the old one goes back; on
     * {@code 409 SLOT_FULL} nothing changes. {@code owner} as in {@link #cancel}; {@code birthDate}
     * is the booking person's (the window rules apply to them).
     */
    public BookingView move(String bookingId, PersonKey owner, LocalDate birthDate, String clinicId, LocalDate date,
                            Booking.Channel channel, String actor) {
        Booking current = get(bookingId).filter(x -> owner == null || x.person().equals(owner))
                .filter(Booking::active)
                .orElseThrow(() -> ApiError.notFound("No active booking " + bookingId + "."));
        Campaign campaign = campaign(current.campaignId());
        Instant now = clock.instant();
        BookingAccess access = channel == Booking.Channel.ASSISTED
                ? BookingAccess.assisted(campaign, birthDate, now)
                : BookingAccess.online(campaign, birthDate, now);
        bookableClinic(campaign, clinicId, date);
        Moved moved = writer.run((c, audit) -> {
            Booking b = BookingStore.get(c, bookingId).filter(Booking::active)
                    .orElseThrow(() -> ApiError.notFound("No active booking " + bookingId + "."));
            String tranche = StockStore.take(c, b.campaignId(), clinicId, date, access.tranches())
                    .orElseThrow(() -> new ApiError(409, "SLOT_FULL", "Slot full",
                            "No dose is left at this clinic on " + date + "; the booking is unchanged."));
            StockStore.giveBack(c, b.campaignId(), b.clinicId(), b.date(), b.tranche());
            BookingStore.move(c, bookingId, clinicId, date, tranche);
            audit.accept(new AuditEntry(actor, "BOOKING_MOVED", bookingId, Map.of(
                    "campaignId", b.campaignId(), "fromClinicId", b.clinicId(), "fromDate", b.date().toString(),
                    "clinicId", clinicId, "date", date.toString(), "tranche", tranche)));
            return new Moved(BookingStore.get(c, bookingId).orElseThrow().view(), b, tranche);
        }, clinicId + "|" + date);
        if (mirror != null) {
            mirror.taken(moved.from().campaignId(), clinicId, date, moved.tranche());
            mirror.returned(moved.from().campaignId(), moved.from().clinicId(), moved.from().date(),
                    moved.from().tranche());
        }
        return moved.view();
    }

    private record Moved(BookingView view, Booking from, String tranche) {
    }

    /** One booking by id. */
    public Optional<Booking> get(String bookingId) {
        return Tx.read(ds, c -> BookingStore.get(c, bookingId));
    }

    /** A person's bookings in a campaign: the standing one first, then newest first. */
    public List<Booking> findForPerson(String campaignId, PersonKey person) {
        return Tx.read(ds, c -> BookingStore.forPerson(c, campaignId, person));
    }

    /** The person's standing booking in the campaign, if any (the queue refuses such a person). */
    public Optional<Booking> activeBooking(String campaignId, PersonKey person) {
        return Tx.read(ds, c -> BookingStore.active(c, campaignId, person));
    }

    private Campaign campaign(String id) {
        return campaigns.get(id).orElseThrow(() -> ApiError.notFound("No campaign " + id + ".").with("field", "campaignId"));
    }

    /** The clinic, if it exists, is open and the date is one of the campaign's vaccination dates; else 400. */
    private Clinic bookableClinic(Campaign campaign, String clinicId, LocalDate date) {
        Clinic clinic = clinics.get(clinicId).filter(Clinic::active)
                .orElseThrow(() -> ApiError.invalidInput("clinicId", "No such clinic: " + clinicId + "."));
        if (!campaign.vaccinatesOn(date)) {
            throw ApiError.invalidInput("date", "The vaccination period is " + campaign.vaccinationFrom() + " to "
                    + campaign.vaccinationTo() + ".");
        }
        return clinic;
    }

    private static Outcome replayOf(BookingStore.StoredResponse stored, Idempotency idem) {
        if (!stored.requestHash().equals(idem.requestHash())) {
            throw mismatch("This Idempotency-Key was used for a different request.");
        }
        try {
            return new Outcome(Json.mapper().readValue(stored.body(), BookingView.class), stored.body(), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored response", e);
        }
    }

    private static ApiError mismatch(String detail) {
        return new ApiError(422, "IDEMPOTENCY_MISMATCH", "Idempotency mismatch", detail);
    }

    private static ApiError alreadyBooked() {
        return ApiError.conflict("ALREADY_BOOKED", "Already booked", "You already hold a booking in this campaign.");
    }

    private static ApiError spentAdmission() {
        return ApiError.unauthorized("INVALID_ADMISSION", "This admission token was already used for a booking.");
    }

    private static String json(BookingView view) {
        try {
            return Json.mapper().writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
