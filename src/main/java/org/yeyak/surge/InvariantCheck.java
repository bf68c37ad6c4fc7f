package org.yeyak.surge;

import static org.yeyak.surge.CitizenApi.listOf;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.yeyak.client.citizen.Booking;

/**
 * After the run: what the server holds, person by person ({@code GET /api/v1/bookings/me} with
 * each citizen's own session) and clinic by clinic (stock before and after).
 */
final class InvariantCheck {
    private static final int PARALLEL = 32;

    private InvariantCheck() {
    }

    /** {@code apis}: one per node; each citizen's bookings are read through the node they used. */
    static SurgeReport.Invariants check(List<CitizenApi> apis, Collection<RunContext.Visit> visits,
                                        Map<StockAudit.Key, Integer> before,
                                        Map<StockAudit.Key, Integer> after, String stockNote)
            throws InterruptedException {
        AtomicLong checked = new AtomicLong();
        AtomicLong found = new AtomicLong();
        AtomicLong multiple = new AtomicLong();
        AtomicLong missing = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        AtomicLong unchecked = new AtomicLong();
        Map<StockAudit.Key, Integer> ours = new HashMap<>();
        Semaphore slots = new Semaphore(PARALLEL);
        List<Thread> threads = new java.util.ArrayList<>();
        for (RunContext.Visit v : visits) {
            if (v.booking() != null) {
                ours.merge(new StockAudit.Key(v.booking().clinicId(), v.booking().date()), 1, Integer::sum);
            }
            slots.acquire();
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Reply<List<Booking>> r = apis.get(v.node()).get(Step.BOOKINGS_ME, "/api/v1/bookings/me", Map.of(),
                            v.session(), null, listOf(Booking.class));
                    if (!r.ok()) {
                        unchecked.incrementAndGet();
                        return;
                    }
                    checked.incrementAndGet();
                    List<Booking> held = r.body().stream().filter(b -> !"CANCELLED".equals(b.status())).toList();
                    found.addAndGet(held.size());
                    if (held.size() > 1) {
                        multiple.incrementAndGet();
                    }
                    if (v.booking() != null
                            && held.stream().noneMatch(b -> b.bookingId().equals(v.booking().bookingId()))) {
                        missing.incrementAndGet();
                    }
                    if (v.booking() == null && !v.unanswered() && !held.isEmpty()) {
                        unexpected.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    slots.release();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long clinicDates = ours.size();
        long over = 0;
        long mismatch = 0;
        boolean stock = before != null && after != null;
        if (after != null) {
            // Nothing may go below zero, whatever we know of the stock before.
            for (Map.Entry<StockAudit.Key, Integer> e : after.entrySet()) {
                if (e.getValue() < 0) {
                    over++;
                }
            }
        }
        if (stock) {
            for (Map.Entry<StockAudit.Key, Integer> e : ours.entrySet()) {
                Integer b = before.get(e.getKey());
                // A clinic-date missing afterwards is taken as empty (a listing may leave out full ones).
                int a = after.getOrDefault(e.getKey(), 0);
                if (b == null || e.getValue() > b) {
                    over++;
                } else if (b - a != e.getValue()) {
                    mismatch++;
                }
            }
        }
        return new SurgeReport.Invariants(checked.get(), found.get(), multiple.get(), missing.get(), unexpected.get(),
                unchecked.get(), stock, clinicDates, over, mismatch,
                stock ? null : after != null ? "only the stock after the run (" + stockNote + "): none below zero is "
                        + (over == 0 ? "true" : "FALSE") : stockNote);
    }
}
