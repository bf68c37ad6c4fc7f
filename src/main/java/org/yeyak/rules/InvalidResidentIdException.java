package org.yeyak.rules;

/**
 * A resident registration number that cannot be accepted. The message says why
 * in words and never repeats the number: it may end up in a log or a response.
 */
public final class InvalidResidentIdException extends IllegalArgumentException {
    public InvalidResidentIdException(String reason) {
        super(reason);
    }
}
