package org.yeyak.surge;

import java.time.LocalDate;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.yeyak.client.citizen.Booking;

/** What every virtual citizen of one run shares: the API, the tallies, the settings, the stop signal. */
final class RunContext {
    /** The first node's API: the one the run's own reads (auditors) use. */
    final CitizenApi api;
    /** One per node, in the order of the run's URLs; citizen i uses {@link #apiFor}(i). */
    final List<CitizenApi> apis;
    final SurgeStats stats;
    final SurgeConfig config;
    final List<LocalDate> vaccinationDates;
    /** What each verified citizen ended with, for the checks after the run. */
    final Queue<Visit> visits = new ConcurrentLinkedQueue<>();
    /** Opened by the driver when everyone admitted waits at the booking step (hold mode). */
    final CountDownLatch bookingGate = new CountDownLatch(1);
    final AtomicLong holding = new AtomicLong();
    private volatile boolean stopped;

    RunContext(CitizenApi api, SurgeStats stats, SurgeConfig config) {
        this(List.of(api), stats, config);
    }

    RunContext(List<CitizenApi> apis, SurgeStats stats, SurgeConfig config) {
        this.apis = List.copyOf(apis);
        this.api = this.apis.getFirst();
        this.stats = stats;
        this.config = config;
        this.vaccinationDates = config.vaccinationFrom().datesUntil(config.vaccinationTo().plusDays(1)).toList();
    }

    /** The node citizen {@code index} is bound to (see {@link Nodes#of}). */
    int nodeOf(int index) {
        return Nodes.of(index, apis.size());
    }

    CitizenApi apiFor(int index) {
        return apis.get(nodeOf(index));
    }

    void stop() {
        stopped = true;
        bookingGate.countDown();
    }

    /** In hold mode, waits for the gate before the first booking request. */
    void holdBeforeBooking() throws InterruptedException {
        if (!config.holdBeforeBooking() || bookingGate.getCount() == 0) {
            return;
        }
        holding.incrementAndGet();
        try {
            bookingGate.await();
        } finally {
            holding.decrementAndGet();
        }
        if (stopped) {
            throw new InterruptedException("stopped");
        }
    }

    boolean stopped() {
        return stopped;
    }

    /** A citizen's think time or poll interval; throws when the run is stopped meanwhile. */
    void pause(long millis) throws InterruptedException {
        if (stopped) {
            throw new InterruptedException("stopped");
        }
        if (millis > 0) {
            Thread.sleep(millis);
        }
        if (stopped) {
            throw new InterruptedException("stopped");
        }
    }

    /**
     * One verified citizen's session and what they hold: the booking the server confirmed
     * (null if none), whether a booking request went unanswered (so the server may hold one), and
     * the node (index) the citizen was bound to.
     */
    record Visit(CitizenApi.Session session, String region, Booking booking, boolean unanswered, int node) {
    }
}
