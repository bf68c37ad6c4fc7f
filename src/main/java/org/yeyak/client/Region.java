package org.yeyak.client;

/** {@code GET /api/v1/admin/regions}: a province (시도) with its code and population. */
public record Region(String code, String nameKo, String nameEn, long population) {
}
