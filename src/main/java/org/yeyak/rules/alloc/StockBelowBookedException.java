package org.yeyak.rules.alloc;

/**
 * The stock given is smaller than the vials already holding booked doses: re-allocating it would
 * take doses back from people who booked, which the engine never does. A server should answer
 * this with a 4xx (the official lowered the stock too far), naming {@link #bookedDoses()}.
 */
public final class StockBelowBookedException extends IllegalArgumentException {
    private final long requestedDoses;
    private final long bookedDoses;

    public StockBelowBookedException(long requestedDoses, long bookedDoses) {
        super("stock of " + requestedDoses + " doses is below the " + bookedDoses
                + " doses in vials already holding bookings");
        this.requestedDoses = requestedDoses;
        this.bookedDoses = bookedDoses;
    }

    /** The stock the request asked to allocate. */
    public long requestedDoses() {
        return requestedDoses;
    }

    /** The smallest stock that keeps every booking: booked doses rounded up to whole vials per cell. */
    public long bookedDoses() {
        return bookedDoses;
    }
}
