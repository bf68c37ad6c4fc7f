package org.yeyak.client.assist;

/** How a staff member confirmed the caller's or visitor's identity before acting for them (DESIGN.md rule 4). */
public enum IdentityCheck {
    /** A community-office visitor showed an identity card. */
    ID_CARD,
    /** A caller was called back on the number the staff member looked up, not the one they called from. */
    PHONE_CALLBACK
}
