package org.yeyak.server.http;

import io.javalin.config.RoutesConfig;

/** One resource's routes; {@code YeyakServer} registers every module's routes in one place. */
@FunctionalInterface
public interface Routes {
    void register(RoutesConfig routes);
}
