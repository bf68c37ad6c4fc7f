package org.yeyak.console.live;

import java.util.concurrent.atomic.AtomicInteger;
import org.yeyak.client.live.FeedState;
import org.yeyak.client.live.LiveFeed;
import org.yeyak.client.live.LiveSnapshot;

/** A feed the test drives: it pushes snapshots and states as the real stream would, from any thread. */
final class FakeFeed implements LiveFeed {
    private volatile Listener listener;
    final AtomicInteger subscriptions = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public Subscription subscribe(Listener l) {
        subscriptions.incrementAndGet();
        listener = l;
        return () -> {
            closed.incrementAndGet();
            listener = null;
        };
    }

    boolean open() {
        return listener != null;
    }

    void push(LiveSnapshot s) {
        Listener l = listener;
        if (l != null) {
            l.snapshot(s);
        }
    }

    void say(FeedState state) {
        Listener l = listener;
        if (l != null) {
            l.state(state, null);
        }
    }
}
