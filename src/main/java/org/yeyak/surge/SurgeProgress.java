package org.yeyak.surge;

import java.util.Map;

/**
 * A live snapshot of a run, for the console's rehearsal panel and the CLI's progress line.
 *
 * @param elapsedMillis since the run started
 * @param citizens      how many the run will bring in total
 * @param started       citizens who have arrived so far
 * @param finished      citizens whose visit has ended (any outcome)
 * @param booked        visits that ended with a confirmed booking
 * @param inQueueNow    citizens holding a ticket and waiting to be admitted, right now
 * @param errors        transport failures, 5xx and contract breaches so far
 * @param refusedByCode refusals by the server's problem code (every 4xx answer, retries included)
 * @param done          the run has ended (all finished, stopped, or out of time)
 */
public record SurgeProgress(long elapsedMillis, int citizens, long started, long finished, long booked,
                            long inQueueNow, long errors, Map<String, Long> refusedByCode, boolean done) {
    /** A one-line summary for a terminal. */
    public String line() {
        return String.format("%6.1fs  arrived %d/%d  in queue %d  booked %d  finished %d  errors %d  refusals %s",
                elapsedMillis / 1000.0, started, citizens, inQueueNow, booked, finished, errors, refusedByCode);
    }
}
