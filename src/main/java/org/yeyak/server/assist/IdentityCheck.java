package org.yeyak.server.assist;

/** How the staff member confirmed who they are booking for (recorded with every assisted action). */
public enum IdentityCheck {
    /** The person is at the counter and showed an identity card. */
    ID_CARD_SEEN,
    /** The person called; staff called back on a number on record for them before acting. */
    PHONE_CALLBACK
}
