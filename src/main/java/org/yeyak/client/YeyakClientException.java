package org.yeyak.client;

/** Anything that went wrong talking to a Yeyak server (unchecked, so calls compose in lambdas). */
public abstract sealed class YeyakClientException extends RuntimeException
        permits ApiProblemException, ServerUnreachableException {
    protected YeyakClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
