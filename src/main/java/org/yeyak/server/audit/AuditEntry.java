package org.yeyak.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.yeyak.client.Json;

/**
 * What a caller asks {@link AuditLog} to record: who ({@code citizen:<key prefix>},
 * {@code staff:<username>}, {@code system}), did what ({@code BOOKING_CREATED}, ...), to which
 * subject (a booking or clinic id), with which details (no resident ids, no names).
 */
public record AuditEntry(String actor, String action, String subject, Map<String, ?> detail) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        detail = detail == null ? Map.of() : detail;
    }

    /** The details as JSON with keys in order, so the same details always give the same text. */
    String detailJson() {
        try {
            return Json.mapper().writeValueAsString(new TreeMap<>(detail));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit detail is not serialisable", e);
        }
    }
}
