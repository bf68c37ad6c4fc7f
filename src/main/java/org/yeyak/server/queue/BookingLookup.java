package org.yeyak.server.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.yeyak.server.store.Tx;

/**
 * What the waiting room needs to know of the bookings (core's {@code bookings} table): does
 * this person hold a standing booking in the campaign — then they need no place in the queue.
 */
public final class BookingLookup {
    private final DataSource ds;

    public BookingLookup(DataSource ds) {
        this.ds = ds;
    }

    public boolean hasActiveBooking(String personKey, String campaignId) {
        return Tx.read(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM bookings WHERE campaign_id = ?"
                    + " AND person_key = ? AND active = TRUE")) {
                ps.setString(1, campaignId);
                ps.setString(2, personKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Has this admission (ticket) already bought a booking, standing or since cancelled? */
    public boolean admissionUsed(String admissionId) {
        return Tx.read(ds, c -> admissionUsed(c, admissionId));
    }

    /** As above, on the caller's connection. */
    public static boolean admissionUsed(java.sql.Connection c, String admissionId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM bookings WHERE admission_id = ?")) {
            ps.setString(1, admissionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
