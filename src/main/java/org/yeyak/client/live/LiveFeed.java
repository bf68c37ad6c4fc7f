package org.yeyak.client.live;

/**
 * A source of live snapshots. The console's is {@link LiveStream} (SSE with a polling
 * fallback); tests give a fake one. Listeners are called on the feed's own threads, never
 * the UI thread: the receiver hands what it gets to its UI itself.
 */
public interface LiveFeed {
    /** What a feed tells its subscriber. */
    interface Listener {
        void snapshot(LiveSnapshot snapshot);

        /** The feed changed how it receives figures ({@code detail}: why, for a log; may be null). */
        void state(FeedState state, String detail);
    }

    /** Starts delivering; closing the subscription stops every thread and connection it opened. */
    Subscription subscribe(Listener listener);

    @FunctionalInterface
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
