package org.yeyak.server.staff;

/** What a staff member may do; every staff route names the roles it admits. */
public enum Role {
    /** Health officials: campaigns, clinics, stock allocation, identity providers, audit. */
    OFFICIAL,
    /** Call-center and community-office staff: assisted booking for people who cannot book online. */
    CALL_CENTER,
    /** Analysts: read-only figures and reports. */
    ANALYST
}
