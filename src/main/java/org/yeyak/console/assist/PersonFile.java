package org.yeyak.console.assist;

import java.time.LocalDate;
import org.yeyak.client.assist.AssistBooking;
import org.yeyak.client.assist.AssistEligibility;
import org.yeyak.client.assist.AssistLookup;

/**
 * The person on the line, as the page keeps them after the look-up: masked number and name, the
 * server's {@code personRef} for the calls that follow, eligibility in the campaign and the
 * standing booking (null when none).
 */
public record PersonFile(String personRef, String maskedResidentId, String maskedName, LocalDate birthDate,
                         AssistEligibility eligibility, AssistBooking booking) {

    static PersonFile of(AssistLookup answer, String campaignId, String name) {
        AssistLookup.CampaignStatus s = answer.in(campaignId);
        return new PersonFile(answer.person().personRef(), answer.person().maskedResidentId(), maskName(name),
                answer.person().birthDate(), s == null ? null : s.eligibility(),
                s == null || s.booking() == null || !s.booking().active() ? null : s.booking());
    }

    public boolean eligible() {
        return eligibility != null && eligibility.eligible();
    }

    public PersonFile withBooking(AssistBooking b) {
        return new PersonFile(personRef, maskedResidentId, maskedName, birthDate, eligibility,
                b == null || !b.active() ? null : b);
    }

    /**
     * A name as shown once entered: first and last letter kept, the middle starred
     * ("홍길동" → "홍*동", "김철" → "김*", "Hong Gildong" → "H**********g"), the way Korean
     * notices print names.
     */
    static String maskName(String name) {
        String n = name == null ? "" : name.strip();
        int[] cp = n.codePoints().toArray();
        if (cp.length == 0) {
            return "";
        }
        if (cp.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cp[0]);
        if (cp.length == 2) {
            return b.append('*').toString();
        }
        b.append("*".repeat(cp.length - 2));
        return b.appendCodePoint(cp[cp.length - 1]).toString();
    }
}
