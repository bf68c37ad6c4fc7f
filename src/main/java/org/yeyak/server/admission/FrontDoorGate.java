package org.yeyak.server.admission;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.yeyak.server.booking.Admission;
import org.yeyak.server.booking.Citizen;
import org.yeyak.server.booking.CitizenGate;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.queue.BookingLookup;
import org.yeyak.server.queue.CampaignDirectory;
import org.yeyak.server.queue.QueueStore;
import org.yeyak.server.queue.Ticket;
import org.yeyak.server.security.PersonKey;
import org.yeyak.server.session.CitizenSession;
import org.yeyak.server.session.SessionGate;
import org.yeyak.server.store.Tx;

/**
 * The real {@link CitizenGate} of the booking routes: a verified, device-bound session
 * ({@link SessionGate}), and for the booking stage an admission token from the waiting room.
 * The campaign a request is about is the admission token's (when it carries a genuine one for
 * this person), otherwise the campaign that fits the person now (see {@link CampaignDirectory}).
 * An admission is accepted only while its ticket is admitted and unspent in the store; the
 * booking transaction then records its id under a unique constraint, which makes it single-use
 * even when two requests race.
 */
public final class FrontDoorGate implements CitizenGate {
    public static final String ADMISSION_HEADER = "X-Admission-Token";
    private static final String TOKEN_READ = "yeyak.admissionToken";

    private final SessionGate sessions;
    private final AdmissionTokens tokens;
    private final CampaignDirectory campaigns;
    private final DataSource ds;
    private final Clock clock;

    public FrontDoorGate(SessionGate sessions, AdmissionTokens tokens, CampaignDirectory campaigns,
                         DataSource ds, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.campaigns = campaigns;
        this.ds = ds;
        this.clock = clock;
    }

    @Override
    public Citizen authenticate(Context ctx) {
        CitizenSession s = sessions.require(ctx);
        String campaignId = admissionFor(ctx, s.personKey())
                .map(AdmissionTokens.Admission::campaignId)
                .orElseGet(() -> campaigns.choose(null, s.birthDate(), clock.instant()).id());
        return new Citizen(new PersonKey(s.personKey()), s.birthDate(), campaignId, s.sessionId());
    }

    @Override
    public Admission admit(Context ctx, Citizen citizen) {
        String header = ctx.header(ADMISSION_HEADER);
        if (header == null || header.isBlank()) {
            throw ApiError.unauthorized("ADMISSION_REQUIRED",
                    "Take a ticket in the waiting room and wait for your turn: booking needs an admission token.");
        }
        AdmissionTokens.Admission a = token(ctx, header).orElseThrow(FrontDoorGate::invalid);
        if (!a.personKey().equals(citizen.key().value()) || !a.campaignId().equals(citizen.campaignId())) {
            throw invalid();
        }
        // One read: the ticket still admitted, and no booking has spent the admission yet.
        boolean admitted = Tx.read(ds, c -> {
            Optional<Ticket> ticket = QueueStore.ticketByNo(c, a.admissionId());
            return ticket.isPresent()
                    && ticket.get().personKey().equals(a.personKey())
                    && ticket.get().status() == Ticket.Status.ADMITTED
                    && ticket.get().admissionExpiresAt() != null
                    && clock.instant().isBefore(ticket.get().admissionExpiresAt())
                    && !BookingLookup.admissionUsed(c, a.admissionId());
        });
        if (!admitted) {
            throw invalid();
        }
        return new Admission(a.admissionId());
    }

    private Optional<AdmissionTokens.Admission> admissionFor(Context ctx, String personKey) {
        String header = ctx.header(ADMISSION_HEADER);
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return token(ctx, header).filter(a -> a.personKey().equals(personKey));
    }

    /** The admission token of this request, verified once however often it is asked for. */
    private Optional<AdmissionTokens.Admission> token(Context ctx, String header) {
        Optional<AdmissionTokens.Admission> read = ctx.attribute(TOKEN_READ);
        if (read == null) {
            read = tokens.read(header.trim());
            ctx.attribute(TOKEN_READ, read);
        }
        return read;
    }

    private static ApiError invalid() {
        return ApiError.unauthorized("INVALID_ADMISSION",
                "This admission token is not valid (forged, expired, another person's, or already used); take a new ticket.");
    }
}
