package org.yeyak.client;

/** What a signed-in staff member may do (API.md, staff sign-in). */
public enum StaffRole {
    /** Health officials: campaigns and stock allocation. */
    OFFICIAL,
    /** Call-center and community-office staff: assisted booking. */
    CALL_CENTER,
    /** Analysts: live figures only. */
    ANALYST
}
