package org.yeyak.rules;

/**
 * A provider's traffic light, from best to worst: GREEN smooth, YELLOW delayed, RED congested,
 * GRAY not selectable (disabled by an official, or failing). The order is used as "worse than".
 */
public enum Light {
    GREEN, YELLOW, RED, GRAY;

    public boolean isWorseThan(Light other) {
        return compareTo(other) > 0;
    }
}
