package org.yeyak.console.assist;

import java.time.LocalDate;

/** One vaccination date of the chosen clinic and the doses left on it for this person. */
public record DateSlot(LocalDate date, int available) {
    public boolean open() {
        return available > 0;
    }
}
