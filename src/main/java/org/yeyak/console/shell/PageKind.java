package org.yeyak.console.shell;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.yeyak.client.StaffRole;

/** The console's pages, in sidebar order, and which roles may open each (issue 7). */
public enum PageKind {
    CAMPAIGNS("campaigns", Material2AL.EVENT, EnumSet.of(StaffRole.OFFICIAL)),
    ALLOCATION("allocation", Material2MZ.PIE_CHART, EnumSet.of(StaffRole.OFFICIAL)),
    ASSIST("assist", Material2MZ.SUPPORT_AGENT, EnumSet.of(StaffRole.CALL_CENTER)),
    LIVE("live", Material2MZ.SHOW_CHART, EnumSet.allOf(StaffRole.class));

    private final String id;
    private final Ikon icon;
    private final Set<StaffRole> roles;

    PageKind(String id, Ikon icon, Set<StaffRole> roles) {
        this.id = id;
        this.icon = icon;
        this.roles = roles;
    }

    /** Stable id: node ids ({@code nav-campaigns}, {@code page-campaigns}) and i18n keys ({@code page.campaigns}). */
    public String id() {
        return id;
    }

    public Ikon icon() {
        return icon;
    }

    public boolean allows(StaffRole role) {
        return roles.contains(role);
    }

    /** The pages a role sees, in sidebar order; nothing else is ever built for that role. */
    public static List<PageKind> forRole(StaffRole role) {
        return Arrays.stream(values()).filter(p -> p.allows(role)).toList();
    }
}
