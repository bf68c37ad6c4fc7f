package org.yeyak.console.live;

import java.time.Instant;
import org.yeyak.rules.Light;

/**
 * One line of the dashboard's event log: a provider changed colour, the wait passed the
 * threshold (or came back under it), an official switched a provider, the feed changed.
 *
 * @param at    when the console saw it (wall clock: the demo clock may jump)
 * @param light the provider's new colour, for {@link Kind#LIGHT}; else null
 * @param text  the line as shown, in the console's language
 */
public record LiveEvent(Instant at, Kind kind, String subject, Light light, String text) {
    public enum Kind {
        LIGHT, WAIT, SWITCH, FEED, REHEARSAL
    }

    /** Events that catch the eye: a notification is shown for them, not only a log line. */
    public boolean notifies() {
        return kind == Kind.LIGHT || kind == Kind.WAIT;
    }
}
