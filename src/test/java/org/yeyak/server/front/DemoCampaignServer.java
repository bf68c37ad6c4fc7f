package org.yeyak.server.front;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yeyak.server.YeyakServer;

/**
 * One front-door server for a test class ({@code @RegisterExtension static}): the demo campaign
 * only ({@link FrontDoorServer#startDemoCampaignOnly}), the fast test settings plus the class's
 * own, its own data folder, the demo clock moved to a given instant; closed and removed after
 * the class.
 */
final class DemoCampaignServer implements BeforeAllCallback, AfterAllCallback {
    private final Map<String, String> settings = FrontDoorServer.fast();
    private final String clockAt;
    private Path data;
    private YeyakServer server;
    private FrontDoorClient client;

    private DemoCampaignServer(String clockAt) {
        this.clockAt = clockAt;
    }

    /** A server whose demo clock reads {@code clockAt} (ISO offset date-time) when the class starts. */
    static DemoCampaignServer at(String clockAt) {
        return new DemoCampaignServer(clockAt);
    }

    /** A {@code yeyak.*} setting of this server, over the fast test defaults. */
    DemoCampaignServer with(String property, String value) {
        settings.put(property, value);
        return this;
    }

    YeyakServer server() {
        return server;
    }

    FrontDoorClient client() {
        return client;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        data = Files.createTempDirectory("yeyak-front-");
        server = FrontDoorServer.startDemoCampaignOnly(data, settings);
        client = new FrontDoorClient(server.url());
        server.clock().moveTo(OffsetDateTime.parse(clockAt).toInstant());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
