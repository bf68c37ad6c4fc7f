package org.yeyak.console.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yeyak.client.live.LiveSnapshot;
import org.yeyak.client.live.LiveSnapshot.BookingFigures;
import org.yeyak.client.live.LiveSnapshot.ProviderFigures;
import org.yeyak.client.live.LiveSnapshot.QueueFigures;
import org.yeyak.client.live.LiveSnapshot.RegionFill;
import org.yeyak.client.live.LiveSnapshot.TrancheStock;
import org.yeyak.rules.Light;

/** Snapshots as the server would publish them, built in a line. */
final class Snapshots {
    static final List<String> PROVIDERS = List.of("kakao", "naver", "pass", "mobile", "ipin", "certificate");

    private Snapshots() {
    }

    /** Every provider GREEN except as given ({@code "kakao", Light.RED, ...}); queue and wait as given. */
    static LiveSnapshot of(long queue, long waitSeconds, Object... lights) {
        List<ProviderFigures> providers = new ArrayList<>();
        for (String id : PROVIDERS) {
            Light light = Light.GREEN;
            for (int i = 0; i < lights.length; i += 2) {
                if (lights[i].equals(id)) {
                    light = (Light) lights[i + 1];
                }
            }
            providers.add(new ProviderFigures(id, id.substring(0, 1).toUpperCase() + id.substring(1), light != Light.GRAY,
                    light, light.ordinal() * 10, 100, 200 + light.ordinal() * 400, 900, 12.5, 0.01, "CLOSED"));
        }
        return new LiveSnapshot(Instant.parse("2021-08-09T11:00:00Z"), providers,
                new QueueFigures("demo-18-49", queue, 1000 + queue, 1000, 250.0, 260.0, 900, waitSeconds, false),
                new BookingFigures(5000 + queue, 180.0, 10, 40, 90, 0.0),
                List.of(new RegionFill("11", "서울특별시", 1000, 500, 0.5), new RegionFill("50", "제주특별자치도", 100, 99, 0.99)),
                List.of(new TrancheStock("2021-08-09", 1000, 400), new TrancheStock("CATCHUP", 100, 100)));
    }
}
