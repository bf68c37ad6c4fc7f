package org.yeyak.client.assist;

/** A clinic as the admin listing shows it; the assist page needs its name and address for a confirmation. */
public record ClinicInfo(String id, String region, String name, String address, String vaccine, Integer dailyCapacity,
                         Boolean active) {
}
