package org.yeyak.surge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * The one server a run may hit. A surge is a load test: pointed at someone else's server it
 * is an attack, so only loopback addresses are accepted unless the operator says
 * {@code --allow-remote} explicitly (e.g. for a staging cluster they run).
 */
public final class Target {
    private Target() {
    }

    /** The base URL, checked; throws IllegalArgumentException when it is not allowed. */
    public static HttpUrl check(String url, boolean allowRemote) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        if (!parsed.encodedPath().equals("/") || parsed.query() != null) {
            // Paths are the API's; a base URL with a path would be joined wrongly.
            parsed = parsed.newBuilder().encodedPath("/").query(null).build();
        }
        if (!allowRemote && !isLoopback(parsed.host())) {
            throw new IllegalArgumentException("refusing to load " + parsed.host()
                    + ": only loopback targets unless --allow-remote is given");
        }
        return parsed;
    }

    /** True when every address the host resolves to is a loopback address. */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            if (all.length == 0) {
                return false;
            }
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
