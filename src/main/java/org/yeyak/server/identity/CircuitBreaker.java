package org.yeyak.server.identity;

import java.time.Duration;

/**
 * Stops sending citizens to a provider that is failing hard: when at least half of the
 * last {@value #WINDOW} answers (and at least {@value #MIN_CALLS}) failed, the circuit
 * opens for a while (the provider shows {@code GRAY}); then one trial request is let
 * through (half-open) and its answer closes or reopens the circuit.
 */
public final class CircuitBreaker {
    static final int WINDOW = 20;
    static final int MIN_CALLS = 10;
    static final double FAILURE_THRESHOLD = 0.5;

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final long openForMs;
    private final boolean[] outcomes = new boolean[WINDOW];
    private int count;
    private int next;
    private int failures;
    private State state = State.CLOSED;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(Duration openFor) {
        this.openForMs = openFor.toMillis();
    }

    /** Whether a new request may go to the provider now (in half-open state, only one trial at a time). */
    public synchronized boolean allows(long nowMs) {
        return switch (state(nowMs)) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized State state(long nowMs) {
        if (state == State.OPEN && nowMs - openedAt >= openForMs) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return state;
    }

    public synchronized void record(boolean failed, long nowMs) {
        State s = state(nowMs);
        if (s == State.HALF_OPEN) {
            trialInFlight = false;
            if (failed) {
                open(nowMs);
            } else {
                reset();
            }
            return;
        }
        if (s == State.OPEN) {
            return;
        }
        if (count == WINDOW && outcomes[next]) {
            failures--;
        }
        outcomes[next] = failed;
        if (failed) {
            failures++;
        }
        next = (next + 1) % WINDOW;
        count = Math.min(WINDOW, count + 1);
        if (count >= MIN_CALLS && failures >= FAILURE_THRESHOLD * count) {
            open(nowMs);
        }
    }

    private void open(long nowMs) {
        state = State.OPEN;
        openedAt = nowMs;
        count = 0;
        next = 0;
        failures = 0;
    }

    private void reset() {
        state = State.CLOSED;
        count = 0;
        next = 0;
        failures = 0;
    }
}
