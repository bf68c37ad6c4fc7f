package org.yeyak.client;

/** {@code GET /health}. */
public record Health(String status) {
    public boolean up() {
        return "UP".equals(status);
    }
}
