package org.yeyak.server.clinic;

import java.util.Objects;

/**
 * A vaccination clinic (위탁의료기관).
 *
 * @param vaccine        the one vaccine it gives, or null for whatever the campaign uses
 * @param dailyCapacity  doses it can give on one vaccination day (allocation never exceeds it)
 * @param active         false once an official closes it: it is no longer listed to citizens
 */
public record Clinic(String id, String region, String name, String address, String vaccine,
                     int dailyCapacity, boolean active) {
    public Clinic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        if (dailyCapacity < 0) {
            throw new IllegalArgumentException("dailyCapacity must not be negative");
        }
    }
}
