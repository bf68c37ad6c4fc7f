package org.yeyak.client;

/**
 * No answer: connection refused or reset, unknown host, or no answer in time ({@link #timedOut()}:
 * the request may still complete on the server).
 */
public final class ServerUnreachableException extends YeyakClientException {
    private final String baseUrl;
    private final boolean timedOut;

    public ServerUnreachableException(String baseUrl, Throwable cause) {
        this(baseUrl, cause, false);
    }

    public ServerUnreachableException(String baseUrl, Throwable cause, boolean timedOut) {
        super((timedOut ? "No answer in time from " : "Server unreachable: ") + baseUrl
                + " (" + cause.getClass().getSimpleName() + ")", cause);
        this.baseUrl = baseUrl;
        this.timedOut = timedOut;
    }

    public boolean timedOut() {
        return timedOut;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
