package org.yeyak.server.assist;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yeyak.rules.InvalidResidentIdException;
import org.yeyak.rules.ResidentId;
import org.yeyak.server.booking.Booking;
import org.yeyak.server.booking.BookingCommand;
import org.yeyak.server.booking.BookingService;
import org.yeyak.server.booking.BookingView;
import org.yeyak.server.booking.Idempotency;
import org.yeyak.server.campaign.BookingAccess;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicListing;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.security.PersonKeys;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffPrincipal;
import org.yeyak.server.staff.StaffRouter;

/**
 * {@code /api/v1/assist/...}: call-center and community-office staff find a person by resident
 * id, see their eligibility and booking, and book, cancel or move for them. An assisted booking
 * skips the online queue but none of the rules: cohort and windows (the campaign says whether
 * birth-digit days apply), one booking per person, the same stock, all through core's
 * {@link BookingService}. The resident number is never echoed (only its masked form) and never
 * stored; every action records how identity was confirmed.
 */
public final class AssistRoutes {
    public record LookupRequest(String residentId, String campaignId) {
    }

    public record AvailabilityRequest(String residentId, String personRef, String campaignId, String region,
                                      LocalDate date) {
    }

    public record BookRequest(String residentId, String personRef, String campaignId, String clinicId, LocalDate date,
                              IdentityCheck identityCheck, String note) {
    }

    public record ChangeRequest(String residentId, String personRef, IdentityCheck identityCheck, String reason,
                                String clinicId, LocalDate date) {
    }

    public record PersonView(String personRef, String maskedResidentId, LocalDate birthDate) {
    }

    public record EligibilityView(boolean eligible, String code, String reason, String opensAt, String detail) {
        static EligibilityView of(Campaign k, AssistPerson p, Clock clock) {
            try {
                BookingAccess.assisted(k, p.birthDate(), clock.instant());
                return new EligibilityView(true, null, null, null, null);
            } catch (ApiError e) {
                var problem = e.toProblem();
                return new EligibilityView(false, e.code(), problem.extension("reason"), problem.extension("opensAt"),
                        e.getMessage());
            }
        }
    }

    public record CampaignStatus(String campaignId, String name, String vaccine, boolean assistedFollowsDigitDays,
                                 EligibilityView eligibility, BookingView booking, List<BookingView> history) {
    }

    public record LookupAnswer(PersonView person, List<CampaignStatus> campaigns) {
    }

    public record AssistAnswer(BookingView booking, String maskedResidentId, IdentityCheck identityCheck) {
    }

    private final BookingService bookings;
    private final CampaignStore campaigns;
    private final ClinicStore clinics;
    private final StockStore stock;
    private final PersonKeys personKeys;
    private final PersonRefs refs;
    private final StaffAudit audit;
    private final Clock clock;

    public AssistRoutes(BookingService bookings, CampaignStore campaigns, ClinicStore clinics, StockStore stock,
                        PersonKeys personKeys, PersonRefs refs, StaffAudit audit, Clock clock) {
        this.bookings = bookings;
        this.campaigns = campaigns;
        this.clinics = clinics;
        this.stock = stock;
        this.personKeys = personKeys;
        this.refs = refs;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.POST, "/api/v1/assist/lookup", Role.CALL_CENTER,
                "Find a person by resident id: eligibility and bookings per campaign", (ctx, who) -> {
                    LookupRequest req = Bodies.read(ctx, LookupRequest.class);
                    AssistPerson p = fromResidentId(Bodies.require(req.residentId(), "residentId"));
                    List<Campaign> list = req.campaignId() == null ? campaigns.list() : List.of(campaign(req.campaignId()));
                    List<CampaignStatus> out = new ArrayList<>();
                    for (Campaign k : list) {
                        List<Booking> mine = bookings.findForPerson(k.id(), p.key());
                        BookingView active = mine.stream().filter(Booking::active).findFirst().map(Booking::view).orElse(null);
                        out.add(new CampaignStatus(k.id(), k.name(), k.vaccine(), k.assistedFollowsDigitDays(),
                                EligibilityView.of(k, p, clock), active, mine.stream().map(Booking::view).toList()));
                    }
                    // Looking a person up is itself an access to personal data: it is audited.
                    audit.record(ctx, who, "ASSIST_LOOKUP", p.key().toString(), campaignDetail(req.campaignId()));
                    ctx.json(new LookupAnswer(new PersonView(refs.issue(p, who.username()), p.maskedResidentId(),
                            p.birthDate()), out));
                });
        r.allow(HandlerType.POST, "/api/v1/assist/availability", Role.CALL_CENTER,
                "Clinics and doses this person may book now", (ctx, who) -> {
                    AvailabilityRequest req = Bodies.read(ctx, AvailabilityRequest.class);
                    AssistPerson p = person(req.residentId(), req.personRef(), who);
                    Campaign k = campaign(Bodies.require(req.campaignId(), "campaignId"));
                    String region = req.region() == null || req.region().isBlank() ? null : req.region();
                    if (region != null && !region.matches("[0-9]{2}")) {
                        throw ApiError.invalidInput("region", "A region is a two-digit province code.");
                    }
                    BookingAccess access = BookingAccess.assisted(k, p.birthDate(), clock.instant());
                    ctx.json(new ClinicListing(clinics, stock).list(k, region, req.date(), access.tranches()));
                });
        r.allow(HandlerType.POST, "/api/v1/assist/bookings", Role.CALL_CENTER,
                "Book for a person (same rules as online, no queue)", (ctx, who) -> {
                    BookRequest req = Bodies.read(ctx, BookRequest.class);
                    AssistPerson p = person(req.residentId(), req.personRef(), who);
                    String campaignId = Bodies.require(req.campaignId(), "campaignId");
                    String clinicId = Bodies.require(req.clinicId(), "clinicId");
                    LocalDate date = Bodies.require(req.date(), "date");
                    IdentityCheck check = Bodies.require(req.identityCheck(), "identityCheck");
                    String note = optionalText(req.note(), "note");
                    Idempotency idem = idempotency(ctx, who, campaignId, clinicId, date);
                    BookingService.Outcome o = bookings.book(BookingCommand.assisted(campaignId, p.key(), p.birthDate(),
                            clinicId, date, who.username(), idem));
                    if (!o.replayed()) {
                        Map<String, Object> d = new LinkedHashMap<>();
                        d.put("bookingId", o.booking().bookingId());
                        d.put("person", p.key().toString());
                        d.put("identityCheck", check.name());
                        if (note != null) {
                            d.put("note", note);
                        }
                        audit.record(ctx, who, "ASSIST_BOOKED", o.booking().bookingId(), d);
                    }
                    ctx.status(201).json(new AssistAnswer(o.booking(), p.maskedResidentId(), check));
                });
        r.allow(HandlerType.POST, "/api/v1/assist/bookings/{bookingId}/cancel", Role.CALL_CENTER,
                "Cancel a person's booking, with a reason", (ctx, who) -> {
                    String id = ctx.pathParam("bookingId");
                    ChangeRequest req = Bodies.read(ctx, ChangeRequest.class);
                    AssistPerson p = person(req.residentId(), req.personRef(), who);
                    IdentityCheck check = Bodies.require(req.identityCheck(), "identityCheck");
                    String reason = requiredText(req.reason(), "reason");
                    bookings.cancel(id, p.key(), StaffAudit.actor(who));
                    audit.record(ctx, who, "ASSIST_CANCELLED", id, Map.of("person", p.key().toString(),
                            "identityCheck", check.name(), "reason", reason));
                    ctx.json(new AssistAnswer(bookings.get(id).orElseThrow().view(), p.maskedResidentId(), check));
                });
        r.allow(HandlerType.POST, "/api/v1/assist/bookings/{bookingId}/move", Role.CALL_CENTER,
                "Move a person's booking to another clinic or date, with a reason", (ctx, who) -> {
                    String id = ctx.pathParam("bookingId");
                    ChangeRequest req = Bodies.read(ctx, ChangeRequest.class);
                    AssistPerson p = person(req.residentId(), req.personRef(), who);
                    IdentityCheck check = Bodies.require(req.identityCheck(), "identityCheck");
                    String reason = requiredText(req.reason(), "reason");
                    String clinicId = Bodies.require(req.clinicId(), "clinicId");
                    LocalDate date = Bodies.require(req.date(), "date");
                    BookingView moved = bookings.move(id, p.key(), p.birthDate(), clinicId, date, Booking.Channel.ASSISTED,
                            StaffAudit.actor(who));
                    audit.record(ctx, who, "ASSIST_MOVED", id, Map.of("person", p.key().toString(),
                            "identityCheck", check.name(), "reason", reason, "clinicId", clinicId, "date", date.toString()));
                    ctx.json(new AssistAnswer(moved, p.maskedResidentId(), check));
                });
    }

    /** The person of a request: a resident id, or a person reference from an earlier look-up. */
    private AssistPerson person(String residentId, String personRef, StaffPrincipal who) {
        if (residentId != null && !residentId.isBlank()) {
            return fromResidentId(residentId);
        }
        if (personRef == null || personRef.isBlank()) {
            throw ApiError.invalidInput("residentId", "Give the person's residentId, or the personRef of a look-up.");
        }
        return refs.verify(personRef, who.username()).orElseThrow(() -> ApiError.invalidInput("personRef",
                "This person reference has expired or was issued to someone else: look the person up again."));
    }

    private AssistPerson fromResidentId(String text) {
        try {
            ResidentId id = ResidentId.parse(text.strip());
            return new AssistPerson(personKeys.of(id), id.birthDate(), id.masked());
        } catch (InvalidResidentIdException e) {
            // The exception's message never holds the number.
            throw ApiError.invalidInput("residentId", e.getMessage());
        }
    }

    private Campaign campaign(String id) {
        return campaigns.get(id).orElseThrow(() -> ApiError.notFound("No campaign '" + id + "'.").with("field", "campaignId"));
    }

    /** An Idempotency-Key is optional here: with one, a double click books once. */
    private static Idempotency idempotency(Context ctx, StaffPrincipal who, String campaignId, String clinicId, LocalDate date) {
        String key = ctx.header(Idempotency.HEADER);
        if (key == null) {
            return null;
        }
        return new Idempotency(Idempotency.requireKey(key), StaffAudit.actor(who),
                Idempotency.hash("assist", campaignId, clinicId, date.toString()));
    }

    private static String requiredText(String value, String field) {
        String s = optionalText(Bodies.require(value, field), field);
        return s;
    }

    private static String optionalText(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > 500) {
            throw ApiError.invalidInput(field, "Field '" + field + "' has at most 500 characters.");
        }
        return s;
    }

    private static Map<String, Object> campaignDetail(String campaignId) {
        return campaignId == null ? Map.of() : Map.of("campaignId", campaignId);
    }
}
