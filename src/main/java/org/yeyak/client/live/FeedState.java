package org.yeyak.client.live;

/** How the console receives the live figures right now. */
public enum FeedState {
    /** Not started, or started and waiting for the first answer. */
    CONNECTING,
    /** Server-Sent Events, one snapshot a second. */
    STREAMING,
    /** The stream is not available (a proxy that buffers, an older server): one request a second. */
    POLLING,
    /** Neither answers: the server is away; the feed keeps trying. */
    OFFLINE
}
