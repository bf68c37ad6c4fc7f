package org.yeyak.server.admin;

import org.yeyak.server.clinic.Clinic;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;

/**
 * A clinic as an official sends it (JSON, or one CSV row), and its checks; {@code prefix} names
 * fields in refusals ({@code dailyCapacity}, or a CSV column name).
 */
public record ClinicForm(String id, String region, String name, String address, String vaccine, Integer dailyCapacity,
                         Boolean active) {
    public static final int MAX_DAILY_CAPACITY = 100_000;

    /** The clinic, with {@code clinicId} (blank: the store picks one). Unknown regions are the store's check. */
    public Clinic toClinic(String clinicId) {
        String cid = clinicId == null ? "" : clinicId.strip();
        if (!cid.isEmpty() && !cid.matches("[A-Za-z0-9._-]{1,40}")) {
            throw ApiError.invalidInput("id", "A clinic id is 1–40 of A-Z, a-z, 0-9, '.', '_', '-'.");
        }
        String r = Bodies.require(region, "region").strip();
        if (!r.matches("[0-9]{2}")) {
            throw ApiError.invalidInput("region", "A region is a two-digit province code ('11' Seoul … '50' Jeju).");
        }
        String n = text(Bodies.require(name, "name"), "name", 200);
        String a = text(Bodies.require(address, "address"), "address", 400);
        String v = vaccine == null || vaccine.isBlank() ? null : text(vaccine, "vaccine", 64);
        int cap = Bodies.require(dailyCapacity, "dailyCapacity");
        if (cap < 0 || cap > MAX_DAILY_CAPACITY) {
            throw ApiError.invalidInput("dailyCapacity", "Doses per day: 0 to " + MAX_DAILY_CAPACITY + ".");
        }
        return new Clinic(cid, r, n, a, v, cap, active == null || active);
    }

    private static String text(String value, String field, int max) {
        String s = value.strip();
        if (s.isEmpty()) {
            throw ApiError.invalidInput(field, "Field '" + field + "' is required.");
        }
        if (s.length() > max) {
            throw ApiError.invalidInput(field, "Field '" + field + "' has at most " + max + " characters.");
        }
        return s;
    }
}
