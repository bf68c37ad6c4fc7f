package org.yeyak.server.admin;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.yeyak.rules.alloc.AllocationPolicy;
import org.yeyak.rules.alloc.AllocationSummary;
import org.yeyak.server.campaign.Campaign;
import org.yeyak.server.campaign.CampaignStore;
import org.yeyak.server.campaign.StockStore;
import org.yeyak.server.clinic.ClinicStore;
import org.yeyak.server.clinic.RegionStore;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffRouter;
import org.yeyak.server.store.Tx;

/**
 * {@code /api/v1/admin/campaigns/{id}/allocation/...}: officials preview a stock allocation
 * (nothing written) and apply it. Apply recomputes from the same inputs and writes every cell
 * in one transaction through core's stock store, which never lets a cell fall below its
 * booked doses ({@code 409 STOCK_BELOW_BOOKED}, nothing changed).
 */
public final class AllocationRoutes {
    public record AllocationForm(Long doses, AllocationPolicy policy, Boolean includeCatchUp) {
        AllocationPlanner.Plan toPlan() {
            long d = Bodies.require(doses, "doses");
            if (d < 0 || d > 1_000_000_000L) {
                throw ApiError.invalidInput("doses", "Doses: 0 to 1,000,000,000.");
            }
            return new AllocationPlanner.Plan(d, policy == null ? AllocationPolicy.EVEN_PER_CLINIC : policy,
                    includeCatchUp != null && includeCatchUp);
        }
    }

    /** What the official sees before and after applying. */
    public record AllocationAnswer(String campaignId, String vaccine, int vialSize, AllocationPolicy policy,
                                  boolean includeCatchUp, List<String> tranches, long currentlyAllocatedDoses,
                                  int cells, boolean applied, AllocationSummary summary) {
    }

    private final DataSource ds;
    private final CampaignStore campaigns;
    private final ClinicStore clinics;
    private final RegionStore regions;
    private final StockStore stock;
    private final StaffAudit audit;
    private final AllocationPlanner planner = new AllocationPlanner();

    public AllocationRoutes(DataSource ds, CampaignStore campaigns, ClinicStore clinics, RegionStore regions,
                            StockStore stock, StaffAudit audit) {
        this.ds = ds;
        this.campaigns = campaigns;
        this.clinics = clinics;
        this.regions = regions;
        this.stock = stock;
        this.audit = audit;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.POST, "/api/v1/admin/campaigns/{id}/allocation/preview", Role.OFFICIAL,
                "Preview a stock allocation (nothing written)", (ctx, who) -> {
                    Campaign k = find(ctx.pathParam("id"));
                    AllocationPlanner.Plan plan = Bodies.read(ctx, AllocationForm.class).toPlan();
                    ctx.json(answer(k, plan, plan(k, plan), false));
                });
        r.allow(HandlerType.POST, "/api/v1/admin/campaigns/{id}/allocation/apply", Role.OFFICIAL,
                "Apply a stock allocation (booked doses are kept)", (ctx, who) -> {
                    Campaign k = find(ctx.pathParam("id"));
                    AllocationPlanner.Plan plan = Bodies.read(ctx, AllocationForm.class).toPlan();
                    AllocationPlanner.Planned p = plan(k, plan);
                    Tx.run(ds, c -> {
                        StockStore.allocate(c, k.id(), p.cells());
                        AllocationSummary s = p.allocation().summary();
                        audit.log().append(c, List.of(audit.entry(ctx, who, "ALLOCATION_APPLIED", "campaign:" + k.id(),
                                Map.of("doses", plan.doses(), "policy", plan.policy().name(),
                                        "includeCatchUp", plan.includeCatchUp(), "placedDoses", s.placedDoses(),
                                        "unplacedDoses", s.unplacedDoses(), "bookedDoses", s.bookedDoses(),
                                        "cells", p.cells().size()))));
                        return null;
                    });
                    ctx.json(answer(k, plan, p, true));
                });
    }

    private AllocationPlanner.Planned plan(Campaign k, AllocationPlanner.Plan plan) {
        return planner.plan(k, clinics.list(null), regions.list(), stock.cells(k.id(), null), plan);
    }

    private static AllocationAnswer answer(Campaign k, AllocationPlanner.Plan plan, AllocationPlanner.Planned p,
                                           boolean applied) {
        return new AllocationAnswer(k.id(), k.vaccine(), k.vialSize(), plan.policy(), plan.includeCatchUp(),
                p.request().tranches(), p.currentlyAllocated(), p.cells().size(), applied, p.allocation().summary());
    }

    private Campaign find(String id) {
        return campaigns.get(id).orElseThrow(() -> ApiError.notFound("No campaign '" + id + "'."));
    }
}
