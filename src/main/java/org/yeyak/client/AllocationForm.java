package org.yeyak.client;

import org.yeyak.rules.alloc.AllocationPolicy;

/** The body of an allocation preview or apply: the campaign's whole stock of its vaccine, booked doses included. */
public record AllocationForm(long doses, AllocationPolicy policy, boolean includeCatchUp) {
}
