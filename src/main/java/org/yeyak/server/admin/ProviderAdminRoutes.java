package org.yeyak.server.admin;

import io.javalin.http.HandlerType;
import java.util.EnumSet;
import java.util.Map;
import org.yeyak.server.http.ApiError;
import org.yeyak.server.http.Bodies;
import org.yeyak.server.identity.ProviderRegistry;
import org.yeyak.server.staff.Role;
import org.yeyak.server.staff.StaffAudit;
import org.yeyak.server.staff.StaffRouter;

/**
 * {@code /api/v1/admin/providers}: officials switch an identity provider off (it turns
 * {@code GRAY} and takes no new verification, on every node) and on again; officials and analysts
 * read every provider's figures and settings. The switch itself is the front door's registry.
 */
public final class ProviderAdminRoutes {
    public record ProviderSwitch(Boolean enabled) {
    }

    private final ProviderRegistry providers;
    private final StaffAudit audit;

    public ProviderAdminRoutes(ProviderRegistry providers, StaffAudit audit) {
        this.providers = providers;
        this.audit = audit;
    }

    public void register(StaffRouter r) {
        r.allow(HandlerType.GET, "/api/v1/admin/providers", EnumSet.of(Role.OFFICIAL, Role.ANALYST),
                "Identity providers: light, load, latency, settings", (ctx, who) -> ctx.json(providers.list()));
        r.allow(HandlerType.PUT, "/api/v1/admin/providers/{id}", Role.OFFICIAL, "Enable or disable an identity provider",
                (ctx, who) -> {
                    String id = ctx.pathParam("id");
                    if (!providers.exists(id)) {
                        throw ApiError.notFound("No identity provider '" + id + "' (" + String.join(", ", providers.ids()) + ").");
                    }
                    boolean enabled = Bodies.require(Bodies.read(ctx, ProviderSwitch.class).enabled(), "enabled");
                    ProviderRegistry.ProviderView view = providers.setEnabled(id, enabled);
                    audit.record(ctx, who, enabled ? "PROVIDER_ENABLED" : "PROVIDER_DISABLED", "provider:" + id,
                            Map.of("enabled", enabled));
                    ctx.json(view);
                });
    }
}
