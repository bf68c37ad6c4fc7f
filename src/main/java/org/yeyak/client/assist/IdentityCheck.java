package org.yeyak.client.assist;

/** How a staff member confirmed the caller's or visitor's identity before acting for them (DESIGN.md rule 4). */
public enum IdentityCheck {
    /** A community-office visitor showed an identity card at the counter. */
    ID_CARD_SEEN,
    /** A caller was called back on a number on record for them, not the one they called from. */
    PHONE_CALLBACK
}
