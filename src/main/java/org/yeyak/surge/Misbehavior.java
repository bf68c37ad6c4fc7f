package org.yeyak.surge;

import java.util.Locale;

/**
 * The realistic ways a share of citizens stray from the happy path. Each is something the
 * server must absorb without a 5xx and without anyone gaining an advantage.
 */
public enum Misbehavior {
    /** Follows the rules. */
    NONE,
    /**
     * Presses every button twice: polls faster than {@code pollAfterMs}, asks for a ticket
     * again while waiting (must get the same ticket and position), and double-submits the
     * booking with the same Idempotency-Key (must get the same booking back).
     */
    IMPATIENT,
    /**
     * Verifies on two devices at once (phone and laptop): exactly one may win; then tries
     * the winner's token from the losing device (must be {@code 403 DEVICE_MISMATCH}).
     */
    SECOND_DEVICE,
    /**
     * Arrives before the window opens and keeps reloading (every second) until a ticket is
     * issued; with a pre-open lead these people meet {@code WINDOW_NOT_OPEN} and the pre-queue.
     */
    EARLY,
    /** Born on another digit's day and tries anyway: must be refused before the queue. */
    WRONG_DAY,
    /** Takes a ticket and closes the tab after a few seconds of waiting. */
    ABANDON;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The misbehaviours a misbehaving citizen is drawn from, in equal shares. */
    static final Misbehavior[] STRAYS = {IMPATIENT, SECOND_DEVICE, EARLY, WRONG_DAY, ABANDON};
}
