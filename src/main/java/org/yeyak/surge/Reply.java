package org.yeyak.surge;

import org.yeyak.client.Problem;

/**
 * One HTTP answer as a citizen sees it: a status and either the typed body (2xx), a problem
 * (4xx/5xx with problem+json), or a transport failure (status 0, {@code failure} set).
 */
record Reply<T>(int status, T body, Problem problem, String failure, long retryAfterSeconds) {
    static <T> Reply<T> failed(String failure) {
        return new Reply<>(0, null, null, failure, -1);
    }

    boolean ok() {
        return status >= 200 && status < 300 && body != null;
    }

    /** The problem's stable code, or null. */
    String code() {
        return problem == null ? null : problem.code();
    }

    /** A refusal the contract defines: a 4xx with a code. */
    boolean refusal() {
        return status >= 400 && status < 500 && code() != null;
    }

    boolean is(int expectedStatus, String expectedCode) {
        return status == expectedStatus && expectedCode.equals(code());
    }
}
