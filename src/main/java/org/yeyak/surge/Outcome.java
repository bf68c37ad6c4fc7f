package org.yeyak.surge;

/** How one virtual citizen's visit ended. */
public enum Outcome {
    /** Holds a confirmed booking. */
    BOOKED,
    /** The server refused them for good (not eligible, already booked, ...): see the refusal codes. */
    REFUSED,
    /** Left on purpose (a misbehaving citizen who gave up in the queue). */
    ABANDONED,
    /** Admitted, but found no dose left in their province on the dates they tried. */
    NO_STOCK,
    /** A transport failure, a 5xx, or an answer that breaks the contract. */
    ERROR,
    /** Still going when the run was stopped or reached its time limit. */
    UNFINISHED
}
