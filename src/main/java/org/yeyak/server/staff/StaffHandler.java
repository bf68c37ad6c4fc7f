package org.yeyak.server.staff;

import io.javalin.http.Context;

/** A staff route's handler: runs only after the caller's token and role were checked. */
@FunctionalInterface
public interface StaffHandler {
    void handle(Context ctx, StaffPrincipal caller) throws Exception;
}
