package org.yeyak.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.yeyak.client.Json;

/**
 * The mapper for HTTP answers: the shared settings, and every instant written as API.md shows
 * times — ISO-8601 with the offset of Korea, to the millisecond ({@code 2021-08-09T20:30:00.764+09:00}),
 * the same form as {@code opensAt} and the demo clock, rather than Jackson's UTC {@code Z} with
 * nanoseconds. Readers lose nothing: it is the same instant. What the store keeps is unchanged.
 */
public final class WebJson {
    /** The zone of answers' times (the demo campaign's and every default campaign's). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final ObjectMapper MAPPER = create();

    private WebJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** An instant as answers show it. */
    public static String format(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.MILLIS).atZone(ZONE)
                .toOffsetDateTime());
    }

    private static ObjectMapper create() {
        SimpleModule times = new SimpleModule("yeyak-web-times");
        times.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(format(value));
            }
        });
        return Json.create().registerModule(times);
    }
}
