package org.yeyak.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem body: {@code status}, {@code title}, {@code detail}, a stable
 * upper-case {@code code}, and any extension members (e.g. {@code reason}, {@code opensAt}).
 */
public final class Problem {
    private final int status;
    private final String title;
    private final String detail;
    private final String code;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    @JsonCreator
    public Problem(@JsonProperty("status") int status, @JsonProperty("title") String title,
                   @JsonProperty("detail") String detail, @JsonProperty("code") String code) {
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.code = code;
    }

    public Problem with(String name, Object value) {
        if (value != null) {
            extensions.put(name, value);
        }
        return this;
    }

    @JsonProperty("status")
    public int status() {
        return status;
    }

    @JsonProperty("title")
    public String title() {
        return title;
    }

    @JsonProperty("detail")
    public String detail() {
        return detail;
    }

    @JsonProperty("code")
    public String code() {
        return code;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }

    @JsonAnySetter
    void extension(String name, Object value) {
        extensions.put(name, value);
    }

    /** An extension member as text, or null. */
    public String extension(String name) {
        Object v = extensions.get(name);
        return v == null ? null : v.toString();
    }

    @Override
    public String toString() {
        return status + " " + code + ": " + title + (detail == null ? "" : " — " + detail);
    }
}
