package org.yeyak.client;

/**
 * {@code GET /api/v1/admin/clinics}: a clinic; {@code vaccine} null means whatever the campaign
 * uses, {@code dailyCapacity} is doses per vaccination day.
 */
public record Clinic(String id, String region, String name, String address, String vaccine, int dailyCapacity,
                     boolean active) {
}
