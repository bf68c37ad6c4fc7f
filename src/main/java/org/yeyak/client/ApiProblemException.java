package org.yeyak.client;

/**
 * The server answered with an error: carries its problem+json body, whose {@code title}
 * and {@code detail} are what a user should read, and whose {@code code} a program tests.
 */
public final class ApiProblemException extends YeyakClientException {
    private final Problem problem;

    public ApiProblemException(Problem problem) {
        super(problem.toString(), null);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public String code() {
        return problem.code();
    }
}
