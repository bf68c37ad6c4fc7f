package org.yeyak.surge;

/**
 * What a latency was measured for. Request steps time one HTTP exchange; the flow steps
 * ({@link #VERIFY_TOTAL}, {@link #QUEUE_WAIT}, {@link #FLOW}) time what a citizen lives through.
 */
public enum Step {
    PROVIDERS("GET providers", true),
    VERIFY("POST verification", true),
    VERIFY_POLL("GET verification", true),
    TICKET("POST ticket", true),
    TICKET_POLL("GET ticket", true),
    CLINICS("GET clinics", true),
    BOOK("POST booking", true),
    BOOKINGS_ME("GET bookings/me", true),
    HEALTH("GET /health", true),
    VERIFY_TOTAL("verify: start → VERIFIED", false),
    QUEUE_WAIT("queue: ticket → ADMITTED", false),
    FLOW("flow: arrival → CONFIRMED", false);

    private final String label;
    private final boolean request;

    Step(String label, boolean request) {
        this.label = label;
        this.request = request;
    }

    public String label() {
        return label;
    }

    /** True when the step is one HTTP request (false: a span a citizen lives through). */
    public boolean request() {
        return request;
    }
}
