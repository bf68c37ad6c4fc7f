package org.yeyak.server.admin;

import io.javalin.http.HandlerType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yeyak.rules.DigitSchedule;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffRouter;
import org.yeyak.server.store.Tx;

/**
 * {@code /api/v1/admin/campaigns}: officials create and edit campaigns; every staff role can
 * read them (call-center staff book within them, analysts report on them).
 */
public final class CampaignRoutes {
    /** Only the schedule part of a campaign form, for checking a digit map while it is edited. */
    public record ScheduleDraft(com.fasterxml.jackson.databind.JsonNode digitDates, LocalDate firstBookingDay,
                                String digitRule) {
    }

    public record ScheduleCheckView(Map<String, List<LocalDate>> digitDates, List<LocalDate> bookingDays,
                                    CampaignView.ScheduleCheck schedule) {
    }

    private final DataSource ds;
    private final CampaignStore campaigns;
    private final StaffAudit audit;
    private final Clock clock;

    public CampaignRoutes(DataSource ds, CampaignStore campaigns, StaffAudit audit, Clock clock) {
        this.ds = ds;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(StaffRouter r) {
        EnumSet<Role> everyone = EnumSet.allOf(Role.class);
        r.allow(HandlerType.GET, "/api/v1/admin/campaigns", everyone, "List campaigns",
                (ctx, who) -> ctx.json(campaigns.list().stream().map(CampaignView::of).toList()));
        r.allow(HandlerType.GET, "/api/v1/admin/campaigns/{id}", everyone, "One campaign",
                (ctx, who) -> ctx.json(CampaignView.of(find(ctx.pathParam("id")))));
        r.allow(HandlerType.POST, "/api/v1/admin/campaigns", Role.OFFICIAL, "Create a campaign", (ctx, who) -> {
            CampaignForm form = Bodies.read(ctx, CampaignForm.class);
            Campaign k = form.toCampaign(form.id());
            Tx.run(ds, c -> {
                if (CampaignStore.get(c, k.id()).isPresent()) {
                    throw ApiError.conflict("CAMPAIGN_EXISTS", "Campaign exists", "There is already a campaign '" + k.id() + "'.");
                }
                CampaignStore.save(c, k, clock);
                audit.log().append(c, List.of(audit.entry(ctx, who, "CAMPAIGN_CREATED", "campaign:" + k.id(), summary(k))));
                return null;
            });
            ctx.status(201).json(CampaignView.of(k));
        });
        r.allow(HandlerType.PUT, "/api/v1/admin/campaigns/{id}", Role.OFFICIAL, "Edit a campaign", (ctx, who) -> {
            String id = ctx.pathParam("id");
            CampaignForm form = Bodies.read(ctx, CampaignForm.class);
            if (form.id() != null && !form.id().equals(id)) {
                throw ApiError.invalidInput("id", "A campaign's id cannot change.");
            }
            Campaign k = form.toCampaign(id);
            Tx.run(ds, c -> {
                if (CampaignStore.get(c, id).isEmpty()) {
                    throw ApiError.notFound("No campaign '" + id + "'.");
                }
                long stranded = bookingsOutside(c, k);
                if (stranded > 0) {
                    throw ApiError.conflict("CAMPAIGN_HAS_BOOKINGS", "Campaign has bookings",
                            stranded + " booking(s) fall outside the new vaccination dates; move or cancel them first.")
                            .with("bookings", stranded);
                }
                CampaignStore.save(c, k, clock);
                audit.log().append(c, List.of(audit.entry(ctx, who, "CAMPAIGN_CHANGED", "campaign:" + k.id(), summary(k))));
                return null;
            });
            ctx.json(CampaignView.of(k));
        });
        r.allow(HandlerType.POST, "/api/v1/admin/campaigns/schedule-check", Role.OFFICIAL,
                "Warnings and proposed fix for a digit schedule, without saving", (ctx, who) -> {
                    ScheduleDraft d = Bodies.read(ctx, ScheduleDraft.class);
                    DigitSchedule digits = new CampaignForm(null, null, null, d.digitDates(), d.firstBookingDay(),
                            d.digitRule(), null, null, null, null, null, null, null, null, null, null).digits();
                    ctx.json(new ScheduleCheckView(CampaignView.digitDates(digits), digits.bookingDays(),
                            CampaignView.ScheduleCheck.of(digits)));
                });
    }

    private Campaign find(String id) {
        return campaigns.get(id).orElseThrow(() -> ApiError.notFound("No campaign '" + id + "'."));
    }

    private static long bookingsOutside(java.sql.Connection c, Campaign k) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM bookings WHERE campaign_id = ?"
                + " AND active = TRUE AND (vaccination_date < ? OR vaccination_date > ?)")) {
            ps.setString(1, k.id());
            ps.setObject(2, k.vaccinationFrom());
            ps.setObject(3, k.vaccinationTo());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<String, Object> summary(Campaign k) {
        return Map.of("name", k.name(), "cohort", k.schedule().cohort().bornFrom() + ".." + k.schedule().cohort().bornTo(),
                "bookingDays", k.schedule().digits().bookingDays().toString(),
                "warnings", k.schedule().digits().warnings().size(),
                "vaccination", k.vaccinationFrom() + ".." + k.vaccinationTo(), "vaccine", k.vaccine(),
                "vialSize", k.vialSize(), "assistedFollowsDigitDays", k.assistedFollowsDigitDays());
    }
}
