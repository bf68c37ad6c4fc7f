package org.yeyak.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's clock: every rule that depends on time reads it. In demo mode it
 * starts at a fixed instant, runs in real time, and can be moved
 * ({@code POST /api/v1/demo/clock}); otherwise it is the system clock.
 */
public final class ServerClock extends Clock {
    private final Clock base;
    private final boolean adjustable;
    private final AtomicReference<Duration> offset;

    private ServerClock(Clock base, boolean adjustable, Duration offset) {
        this.base = base;
        this.adjustable = adjustable;
        this.offset = new AtomicReference<>(offset);
    }

    public static ServerClock system() {
        return new ServerClock(Clock.systemUTC(), false, Duration.ZERO);
    }

    /** A demo clock that reads {@code start} now and runs on in real time. */
    public static ServerClock demo(Instant start) {
        Clock base = Clock.systemUTC();
        return new ServerClock(base, true, Duration.between(base.instant(), start));
    }

    public boolean adjustable() {
        return adjustable;
    }

    /** Moves a demo clock so that it reads {@code at} now; it keeps running from there. */
    public void moveTo(Instant at) {
        if (!adjustable) {
            throw new IllegalStateException("The system clock cannot be moved");
        }
        offset.set(Duration.between(base.instant(), at));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public long millis() {
        return base.millis() + offset.get().toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(this, Duration.ZERO).withZone(zone);
    }
}
