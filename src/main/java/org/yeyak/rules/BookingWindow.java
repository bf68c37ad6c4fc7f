package org.yeyak.rules;

import java.time.Instant;
import java.util.Objects;

/** A half-open span of time {@code [opensAt, closesAt)} in which booking is accepted. */
public record BookingWindow(Instant opensAt, Instant closesAt) {
    public BookingWindow {
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("window must close after it opens: " + opensAt + " → " + closesAt);
        }
    }

    public boolean isOpenAt(Instant t) {
        return !t.isBefore(opensAt) && t.isBefore(closesAt);
    }

    /** {@code t >= closesAt}. */
    public boolean hasClosedBy(Instant t) {
        return !t.isBefore(closesAt);
    }

    /** {@code t < opensAt}. */
    public boolean isAheadOf(Instant t) {
        return t.isBefore(opensAt);
    }

    /** True when some instant lies in both windows. */
    public boolean overlaps(BookingWindow other) {
        return opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }
}
