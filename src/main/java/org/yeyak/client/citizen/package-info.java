/**
 * The citizen side of the public HTTP contract (shared API.md) as typed records:
 * identity providers, verification, queue tickets, clinics and bookings. Read by the
 * surge simulator; any other client of the citizen flow may use them. Unknown fields
 * are ignored (see {@link org.yeyak.client.Json}), so later additions to the API do not
 * break old clients.
 */
package org.yeyak.client.citizen;
