package org.yeyak.client.assist;

/** A province (시도): {@code 11} Seoul … {@code 50} Jeju. */
public record RegionInfo(String code, String nameKo, String nameEn, long population) {
}
