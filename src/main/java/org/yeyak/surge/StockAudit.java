package org.yeyak.surge;

import static org.yeyak.surge.CitizenApi.listOf;
import static org.yeyak.surge.CitizenApi.type;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yeyak.client.citizen.ClinicListing;
import org.yeyak.client.citizen.QueueTicket;

/**
 * Reads every clinic's stock through the public API, as an extra citizen (an "auditor": a
 * distinct eligible person who is admitted and never books). The citizen API shows stock
 * only to admitted people, so this is what an outsider can check without staff access.
 */
final class StockAudit {
    /** (clinicId, date) → doses left. */
    record Key(String clinicId, LocalDate date) {
    }

    private static final long ADMISSION_PATIENCE_MS = 60_000;

    private StockAudit() {
    }

    /** The stock of every clinic on every vaccination date, or null when it could not be read (see note). */
    static Map<Key, Integer> snapshot(RunContext ctx, Resident auditor, StringBuilder note) throws InterruptedException {
        Identity.Result verified = new Identity(ctx, ctx.api, auditor, Misbehavior.NONE, new java.util.SplittableRandom(1))
                .verify();
        if (verified.session() == null) {
            note.append("the auditor could not verify (").append(verified.outcome()).append(")");
            return null;
        }
        CitizenApi.Session session = verified.session();
        Reply<QueueTicket> t = ctx.api.post(Step.TICKET, "/api/v1/queue/tickets", null, session, null, null,
                type(QueueTicket.class));
        long deadline = System.currentTimeMillis() + ADMISSION_PATIENCE_MS;
        while (t.ok() && t.body().waiting() && System.currentTimeMillis() < deadline) {
            Long poll = t.body().pollAfterMs();
            Thread.sleep(poll == null ? 500 : Math.min(poll, 2_000));
            t = ctx.api.get(Step.TICKET_POLL, "/api/v1/queue/tickets/" + t.body().ticketId(), Map.of(), session, null,
                    type(QueueTicket.class));
        }
        if (!t.ok() || !t.body().admitted()) {
            note.append("the auditor was not admitted (").append(t.ok() ? t.body().status() : t.code()).append(")");
            return null;
        }
        String admission = t.body().admissionToken();
        // One listing of everything (the server's extension: no region, no date = all); else
        // region by region, date by date, as the contract guarantees.
        Map<Key, Integer> stock = new HashMap<>();
        Reply<List<ClinicListing>> all = ctx.api.get(Step.CLINICS, "/api/v1/clinics", Map.of(), session, admission,
                listOf(ClinicListing.class));
        if (all.ok() && !all.body().isEmpty() && all.body().getFirst().available() != null
                && all.body().getFirst().available().size() > 1) {
            for (ClinicListing c : all.body()) {
                c.available().forEach((date, n) -> stock.put(new Key(c.clinicId(), date), n));
            }
            return stock;
        }
        for (String region : Regions.codes()) {
            for (LocalDate date : ctx.vaccinationDates) {
                Reply<List<ClinicListing>> r = ctx.api.get(Step.CLINICS, "/api/v1/clinics",
                        Map.of("region", region, "date", date.toString()), session, admission,
                        listOf(ClinicListing.class));
                if (!r.ok()) {
                    note.append("clinics of region ").append(region).append(" unreadable (").append(r.code())
                            .append(")");
                    return null;
                }
                for (ClinicListing c : r.body()) {
                    stock.put(new Key(c.clinicId(), date), c.availableOn(date));
                }
            }
        }
        return stock;
    }
}
