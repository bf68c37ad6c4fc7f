package org.yeyak.server.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.yeyak.rules.Eligibility;
import org.yeyak.rules.EligibilityResult;
import org.yeyak.rules.RefusalReason;
import org.yeyak.server.admission.AdmissionTokens;
import org.yeyak.server.admission.FrontDoorSettings;
import org.yeyak.server.campaign.BookingAccess;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.session.CitizenSession;
import org.yeyak.server.store.BatchWriter;
import org.yeyak.server.store.TimeOrderedIds;
import org.yeyak.server.store.Tx;

/**
 * The fair virtual waiting room (DESIGN.md): eligibility first, then a place taken from the
 * shared sequence; polls answered from the signed ticket id and the counters; once the serving
 * position reaches a place, an admission token. In the last minute before a person's window
 * opens they get a pre-queue ticket without a position; at the opening all of those are placed
 * in random order ahead of later arrivals.
 *
 * <p>Taking a ticket is a job of the node's {@link BatchWriter} (group commit, shared with
 * verifications and bookings). An ordinary arrival takes its place from the sequence and locks
 * nothing the other arrivals need, so batches on several writers and nodes issue tickets side by
 * side. Pre-queue arrivals, arrivals while a placed pre-queue is due and arrivals in the first
 * {@link #OPENING_GRACE} after an opening lock the counters row instead (their job is keyed by
 * the campaign so that it runs first in its batch, before anything else is locked — see
 * BatchWriter for the order) and place the pre-queue before taking their own place: that is what
 * keeps every pre-queue ticket ahead of everyone who arrives after the opening. Placing the
 * pre-queue from a poll, and the admission controller's tick, commit on their own (once per
 * opening, and a few times a second).
 */
public final class WaitingRoom {
    private static final int PLACED_CACHE_LIMIT = 200_000;
    /** How long after an opening arrivals still take their place under the counters lock (see {@link #nearOpening}). */
    static final Duration OPENING_GRACE = Duration.ofSeconds(2);

    private final DataSource ds;
    private final BatchWriter writer;
    private final CampaignDirectory campaigns;
    private final BookingLookup bookings;
    private final TicketIds ticketIds;
    private final AdmissionTokens admissionTokens;
    private final Clock clock;
    private final FrontDoorSettings settings;
    private final ConcurrentHashMap<String, Cached> counters = new ConcurrentHashMap<>();
    /** Positions given to pre-queue tickets at their opening: they never change, so each node remembers them. */
    private final ConcurrentHashMap<String, Long> placed = new ConcurrentHashMap<>();

    private record Cached(Counters counters, long readAtNanos) {
    }

    public WaitingRoom(DataSource ds, BatchWriter writer, CampaignDirectory campaigns, BookingLookup bookings,
                       TicketIds ticketIds, AdmissionTokens admissionTokens, Clock clock, FrontDoorSettings settings) {
        this.ds = ds;
        this.writer = writer;
        this.campaigns = campaigns;
        this.bookings = bookings;
        this.ticketIds = ticketIds;
        this.admissionTokens = admissionTokens;
        this.clock = clock;
        this.settings = settings;
    }

    /** {@code POST /api/v1/queue/tickets}: the person's ticket (the same one when asked again), or a refusal. */
    public TicketView issue(CitizenSession session, String requestedCampaign) {
        Instant now = clock.instant();
        Campaign campaign = campaigns.choose(requestedCampaign, session.birthDate(), now);
        EligibilityResult r = Eligibility.check(campaign.schedule(), session.birthDate(), now);
        Instant prequeueFor = null;
        if (!r.eligible()) {
            boolean soon = (r.reason() == RefusalReason.WINDOW_NOT_OPEN || r.reason() == RefusalReason.NOT_YOUR_DAY)
                    && !now.isBefore(r.opensAt().minus(settings.preQueue()));
            if (!soon) {
                throw BookingAccess.refusal(campaign, r);
            }
            prequeueFor = r.opensAt();
        }
        if (bookings.hasActiveBooking(session.personKey(), campaign.id())) {
            throw ApiError.conflict("ALREADY_BOOKED", "Already booked",
                    "You already hold a booking in this campaign; cancel it first to book another.");
        }
        Optional<Ticket> existing = Tx.read(ds, c -> QueueStore.ticketOf(c, session.personKey(), campaign.id()));
        Ticket ticket;
        if (existing.isPresent() && usable(existing.get(), now) && !(existing.get().position() == null
                && !now.isBefore(existing.get().opensAt()))) {
            // Read on another connection: the batch that stored it (the same person asking twice at
            // once) may be visible but not yet in the file (H2). Answer only once it is durable.
            writer.awaitCommitsInProgress();
            ticket = existing.get();
        } else {
            // Returns once the batch has committed durably: every ticket id handed out from here
            // names a stored ticket, so a poll that later reads that ticket on another connection
            // reads a durable one (it can only have the id from an answer given after the commit).
            // Safe to run again (a lock conflict rolls it back to its savepoint and retries it): it
            // reads the counters and the person's ticket afresh.
            Instant opening = prequeueFor;
            ticket = writer.run((c, audit) -> {
                Counters k = QueueStore.read(c, campaign.id()).orElse(null);
                boolean lock = opening != null || k == null || nearOpening(campaign, now)
                        || (k.prequeueOpensAt() != null && !now.isBefore(k.prequeueOpensAt()));
                if (lock) {
                    k = QueueStore.lock(c, campaign.id(), settings.initialRate(), System.currentTimeMillis());
                    k = QueueStore.placePrequeue(c, k, now);
                }
                Optional<Ticket> mine = QueueStore.ticketOf(c, session.personKey(), campaign.id());
                if (mine.isPresent() && usable(mine.get(), now)) {
                    return mine.get(); // asked twice at once, or placed just now
                }
                Long position = opening == null ? QueueStore.nextPosition(c) : null;
                if (opening != null) {
                    QueueStore.notePrequeue(c, k, opening);
                }
                Ticket fresh = new Ticket(session.personKey(), campaign.id(), newTicketNo(), position, opening,
                        Ticket.Status.WAITING, now, null, null);
                boolean stored = mine.isPresent()
                        ? QueueStore.replace(c, mine.get().ticketNo(), fresh)
                        : QueueStore.insert(c, fresh);
                if (!stored) {
                    // The same person asked at the same moment elsewhere (another batch or node)
                    // and stored a ticket first: that one is theirs.
                    Optional<Ticket> theirs = QueueStore.ticketOf(c, session.personKey(), campaign.id());
                    if (theirs.isPresent() && usable(theirs.get(), now)) {
                        return theirs.get();
                    }
                    throw new IllegalStateException("ticket changed while it was being issued");
                }
                return fresh;
            }, orderKey(campaign.id()));
            forget(ticket.campaignId());
        }
        return view(ticket, session, counters(ticket.campaignId()), now, campaign);
    }

    /** {@code GET /api/v1/queue/tickets/{ticketId}}: where this ticket stands now. */
    public TicketView poll(CitizenSession session, String ticketId) {
        TicketIds.Parsed p = ticketIds.parse(ticketId, session.personKey())
                .orElseThrow(() -> ApiError.notFound("No such ticket."));
        Instant now = clock.instant();
        Counters k = counters(p.campaignId());
        Long position = p.position() != null ? p.position() : placed.get(p.ticketNo());
        if (position != null && position > k.serving()) {
            return waiting(ticketId, p.campaignId(), position, k);   // the common case: counters only
        }
        Optional<Ticket> stored = Tx.read(ds, c -> QueueStore.ticketByNo(c, p.ticketNo()));
        if (stored.isEmpty() || !stored.get().personKey().equals(session.personKey())) {
            return expired(ticketId, p.campaignId(), position, "REPLACED");
        }
        Ticket t = stored.get();
        if (t.opensAt() != null && t.position() != null) {
            // A pre-queue place given at the opening, maybe by a batch (a ticket taken then) whose
            // commit is visible here but not yet in the file (H2): wait for it before showing the
            // place. Cheap: while the place is ahead of serving, this node answers from memory.
            writer.awaitCommitsInProgress();
        }
        if (t.position() == null && t.opensAt() != null && !now.isBefore(t.opensAt())) {
            // The opening has come: place the pre-queue now rather than wait for the controller's tick.
            String campaignId = t.campaignId();
            t = Tx.run(ds, c -> {
                QueueStore.placePrequeue(c, QueueStore.lock(c, campaignId, settings.initialRate(),
                        System.currentTimeMillis()), now);
                return QueueStore.ticketByNo(c, p.ticketNo()).orElseThrow();
            });
            forget(t.campaignId());
        }
        if (t.status() == Ticket.Status.WAITING && t.position() != null && t.position() <= k.serving()) {
            // A straggler: its place came from the sequence before the controller moved serving
            // past it, but its batch committed after that tick, so the tick never saw it waiting.
            // Serving (read before the ticket) has passed it: admit it now rather than never.
            String ticketNo = t.ticketNo();
            t = Tx.run(ds, c -> {
                QueueStore.admitStraggler(c, ticketNo, now, now.plus(settings.admissionTtl()));
                return QueueStore.ticketByNo(c, ticketNo).orElseThrow();
            });
        }
        Campaign campaign = campaigns.get(t.campaignId()).orElse(null);
        return view(t, session, counters(t.campaignId()), now, campaign);
    }

    /**
     * True within {@link #OPENING_GRACE} after any window of the campaign opens. An arrival then
     * takes its place under the counters lock, after placing the pre-queue: a pre-queue ticket
     * asked for a moment before the opening may still be on its way to the store (in a batch not
     * yet committed), and reading the counters without the lock would not see it waiting.
     */
    private static boolean nearOpening(Campaign campaign, Instant now) {
        for (var w : campaign.schedule().allWindows()) {
            Instant opens = w.window().opensAt();
            if (!now.isBefore(opens) && now.isBefore(opens.plus(OPENING_GRACE))) {
                return true;
            }
        }
        return false;
    }

    /** The batch order of a ticket job: first, as it may lock the counters row (see BatchWriter). */
    static String orderKey(String campaignId) {
        return "\u0001queue:" + campaignId;
    }

    /** The counters of a campaign, read from the store at most every few hundred milliseconds per node. */
    public Counters counters(String campaignId) {
        long now = System.nanoTime();
        Cached c = counters.get(campaignId);
        if (c != null && now - c.readAtNanos() < settings.servingCache().toNanos()) {
            return c.counters();
        }
        Counters fresh = Tx.read(ds, conn -> QueueStore.read(conn, campaignId))
                .orElse(Counters.empty(campaignId, settings.initialRate()));
        counters.put(campaignId, new Cached(fresh, now));
        return fresh;
    }

    /** Drops this node's cached counters (after it changed them itself). */
    public void forget(String campaignId) {
        counters.remove(campaignId);
    }

    private TicketView view(Ticket t, CitizenSession session, Counters k, Instant now, Campaign campaign) {
        String id = ticketIds.of(t.campaignId(), t.ticketNo(), t.opensAt() == null ? t.position() : null, session.personKey());
        if (t.position() == null) {
            long untilOpening = Math.max(0, Duration.between(now, t.opensAt()).toMillis());
            return new TicketView(id, t.campaignId(), "WAITING", null, null, null, Math.max(200, Math.min(5000, untilOpening)),
                    at(t.opensAt(), campaign), null, null, null);
        }
        if (t.opensAt() != null) {
            remember(t.ticketNo(), t.position());
        }
        if (t.status() == Ticket.Status.WAITING && t.position() > k.serving()) {
            return waiting(id, t.campaignId(), t.position(), k);
        }
        if (t.status() == Ticket.Status.ADMITTED && t.admissionExpiresAt() != null && now.isBefore(t.admissionExpiresAt())
                && !bookings.admissionUsed(t.ticketNo())) {
            String token = admissionTokens.issue(new AdmissionTokens.Admission(t.ticketNo(), t.personKey(), t.campaignId(),
                    t.position(), t.admissionExpiresAt()));
            return new TicketView(id, t.campaignId(), "ADMITTED", t.position(), k.serving(), 0L, null, null, token,
                    t.admissionExpiresAt(), null);
        }
        if (t.status() == Ticket.Status.WAITING) {
            // Served by the counters this node read, not yet marked by the controller: a moment more.
            return new TicketView(id, t.campaignId(), "WAITING", t.position(), k.serving(), 0L, 200L, null, null, null, null);
        }
        boolean used = t.status() == Ticket.Status.USED
                || (t.status() == Ticket.Status.ADMITTED && bookings.admissionUsed(t.ticketNo()));
        return expired(id, t.campaignId(), t.position(), used ? "USED" : "UNUSED");
    }

    /** Live, and (if admitted) its admission not yet spent on a booking the controller has not marked yet. */
    private boolean usable(Ticket t, Instant now) {
        return t.live(now) && !(t.status() == Ticket.Status.ADMITTED && bookings.admissionUsed(t.ticketNo()));
    }

    private static TicketView waiting(String id, String campaignId, long position, Counters k) {
        return new TicketView(id, campaignId, "WAITING", position, k.serving(), k.estimatedWaitSeconds(position),
                k.pollAfterMs(position), null, null, null, null);
    }

    private static TicketView expired(String id, String campaignId, Long position, String reason) {
        return new TicketView(id, campaignId, "EXPIRED", position, null, null, null, null, null, null, reason);
    }

    private void remember(String ticketNo, long position) {
        if (placed.size() > PLACED_CACHE_LIMIT) {
            placed.clear();
        }
        placed.put(ticketNo, position);
    }

    private static String at(Instant t, Campaign campaign) {
        java.time.ZoneId zone = campaign == null ? java.time.ZoneOffset.UTC : campaign.schedule().zone();
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(t, zone));
    }

    /** Also the admission id of the tokens this ticket earns (single use: a unique column of bookings). */
    private static String newTicketNo() {
        return TimeOrderedIds.compact();
    }
}
