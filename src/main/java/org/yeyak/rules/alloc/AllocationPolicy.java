package org.yeyak.rules.alloc;

/** How the vials are shared out before capacity has its say. */
public enum AllocationPolicy {
    /**
     * The seed's rule (default): every open (clinic, vaccination date, tranche) cell is worth the
     * same, so each clinic-date gets the same number of vials per tranche up to its capacity.
     */
    EVEN_PER_CLINIC,
    /**
     * Regions (시도) first get vials in proportion to their population (D'Hondt, up to what their
     * clinics can hold); then each region's vials are split evenly over its cells as above.
     */
    PRO_RATA_POPULATION
}
