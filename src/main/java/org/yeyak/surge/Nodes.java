package org.yeyak.surge;

import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The server nodes a run spreads its load over. A run's {@code url} is one base URL, or several
 * separated by commas: nodes of one cluster on one store ({@code http://127.0.0.1:A,http://127.0.0.1:B}).
 * Each is checked as {@link Target} checks a single one. Citizen {@code i} (and baseline
 * connection {@code i}) talks to node {@code i mod n} for its whole visit, as a sticky load
 * balancer would place it: a real balancer spreads a crowd the same way, and a citizen's
 * session, ticket and admission stay on one node.
 */
public final class Nodes {
    private Nodes() {
    }

    /** The base URLs in the order given; at least one; the same node twice is refused. */
    public static List<HttpUrl> parse(String urls, boolean allowRemote) {
        List<HttpUrl> out = new ArrayList<>();
        for (String part : urls.split(",", -1)) {
            String u = part.trim();
            if (u.isEmpty()) {
                throw new IllegalArgumentException("empty URL in the list: " + urls);
            }
            HttpUrl parsed = Target.check(u, allowRemote);
            if (out.contains(parsed)) {
                throw new IllegalArgumentException("the same node twice: " + parsed);
            }
            out.add(parsed);
        }
        return List.copyOf(out);
    }

    /** How many nodes the run's URL names (no checks: for labels). */
    public static int count(String urls) {
        return urls.split(",", -1).length;
    }

    /** The node (index into {@link #parse}) that citizen or connection {@code i} is bound to. */
    public static int of(long i, int nodes) {
        if (nodes < 1) {
            throw new IllegalArgumentException("no nodes");
        }
        return (int) Math.floorMod(i, (long) nodes);
    }
}
