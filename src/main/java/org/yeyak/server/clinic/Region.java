package org.yeyak.server.clinic;

import java.util.Objects;

/** A province (시도): two-digit code ({@code "11"} Seoul … {@code "50"} Jeju), names, population. */
public record Region(String code, String nameKo, String nameEn, long population) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameKo, "nameKo");
        Objects.requireNonNull(nameEn, "nameEn");
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative");
        }
    }
}
