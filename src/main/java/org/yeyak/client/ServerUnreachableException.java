package org.yeyak.client;

/** No answer at all: connection refused, reset, timed out, or unknown host. */
public final class ServerUnreachableException extends YeyakClientException {
    private final String baseUrl;

    public ServerUnreachableException(String baseUrl, Throwable cause) {
        super("Server unreachable: " + baseUrl + " (" + cause.getClass().getSimpleName() + ")", cause);
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
