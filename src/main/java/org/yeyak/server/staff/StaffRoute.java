package org.yeyak.server.staff;

import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One row of the staff route table: method, path (Javalin syntax, {@code {id}} for a
 * parameter) and who may call it. {@code open} routes need no token (sign-in, server time);
 * every other route needs a staff token whose role is in {@code roles}.
 */
public record StaffRoute(HandlerType method, String path, boolean open, Set<Role> roles, String summary) {
    public StaffRoute {
        roles = Set.copyOf(roles);
        if (open != roles.isEmpty()) {
            throw new IllegalArgumentException(method + " " + path + ": a route is either open or names its roles");
        }
    }

    /** True when a caller with this role (null = no staff token) may call the route. */
    public boolean admits(Role role) {
        return open || (role != null && roles.contains(role));
    }

    @Override
    public String toString() {
        return method + " " + path + (open ? " (open)" : " " + roles);
    }
}
