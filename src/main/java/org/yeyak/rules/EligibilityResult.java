package org.yeyak.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to "may this person book now?". Eligible: {@code reason} is null and {@code window}
 * is the open window. Refused: {@code reason} says why; {@code opensAt} is when this person's own
 * next window opens, given (and always in the future) for {@code NOT_YOUR_DAY} and
 * {@code WINDOW_NOT_OPEN}, null for {@code COHORT} and {@code WINDOW_CLOSED}.
 */
public record EligibilityResult(RefusalReason reason, Instant opensAt, PersonalWindow window) {
    public EligibilityResult {
        if (reason == null) {
            Objects.requireNonNull(window, "an eligible result names the open window");
        } else {
            if (window != null) {
                throw new IllegalArgumentException("a refusal has no open window");
            }
            boolean needsOpening = reason == RefusalReason.NOT_YOUR_DAY || reason == RefusalReason.WINDOW_NOT_OPEN;
            if (needsOpening != (opensAt != null)) {
                throw new IllegalArgumentException(reason + (needsOpening ? " needs" : " has no") + " opensAt");
            }
        }
    }

    public static EligibilityResult eligible(PersonalWindow window) {
        return new EligibilityResult(null, null, window);
    }

    public static EligibilityResult refused(RefusalReason reason, Instant opensAt) {
        return new EligibilityResult(Objects.requireNonNull(reason, "reason"), opensAt, null);
    }

    public boolean eligible() {
        return reason == null;
    }
}
