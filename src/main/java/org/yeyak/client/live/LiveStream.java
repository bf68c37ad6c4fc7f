package org.yeyak.client.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.client.Json;

/**
 * The live figures of one server: Server-Sent Events from {@code /api/v1/metrics/stream},
 * falling back to polling {@code /api/v1/metrics/live} once a second when the stream fails
 * or stays silent (a buffering proxy, an older server, a restart), and going back to the
 * stream as soon as it answers again ({@link #RETRY_STREAM_EVERY}).
 *
 * <p>All state changes run on one scheduler thread, so there is never more than one stream
 * or one poll loop; snapshots are delivered on OkHttp's reader thread or the scheduler thread.
 */
public final class LiveStream implements LiveFeed {
    private static final Logger log = LoggerFactory.getLogger(LiveStream.class);
    static final String STREAM_PATH = "/api/v1/metrics/stream";
    static final String SNAPSHOT_PATH = "/api/v1/metrics/live";
    /** The stream sends one event a second: this long without a byte means it is stuck (a busy server lags a few). */
    static final Duration SILENCE = Duration.ofSeconds(10);
    static final Duration POLL_EVERY = Duration.ofSeconds(1);
    static final Duration RETRY_STREAM_EVERY = Duration.ofSeconds(10);
    static final Duration POLL_TIMEOUT = Duration.ofSeconds(20);

    private final HttpUrl base;
    private final OkHttpClient http;
    /** Polls wait longer than the stream's silence: a busy server may take seconds to answer one. */
    private final OkHttpClient pollHttp;
    private final Duration pollEvery;
    private final Duration retryStreamEvery;
    private final Supplier<String> bearer;
    /** The shared settings, except that a figure the server does not publish reads as 0, not as an error. */
    private static final ObjectMapper MAPPER = Json.create()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * @param baseUrl the server
     * @param bearer  the staff token to send (null or a null answer: none)
     */
    public LiveStream(String baseUrl, Supplier<String> bearer) {
        this(baseUrl, bearer, SILENCE, POLL_EVERY, RETRY_STREAM_EVERY);
    }

    /** Tests shorten the waits. */
    LiveStream(String baseUrl, Supplier<String> bearer, Duration silence, Duration pollEvery, Duration retryStreamEvery) {
        this.base = Objects.requireNonNull(HttpUrl.parse(baseUrl), "not an http(s) URL: " + baseUrl);
        this.bearer = bearer == null ? () -> null : bearer;
        this.pollEvery = pollEvery;
        this.retryStreamEvery = retryStreamEvery;
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(3))
                .readTimeout(silence)
                .build();
        this.pollHttp = http.newBuilder().readTimeout(POLL_TIMEOUT).build();
    }

    @Override
    public Subscription subscribe(Listener listener) {
        Session s = new Session(Objects.requireNonNull(listener));
        s.loop.execute(s::openStream);
        return s::close;
    }

    /** Parses one snapshot (an SSE event's data or the snapshot endpoint's body). */
    LiveSnapshot parse(String json) throws IOException {
        return MAPPER.readValue(json, LiveSnapshot.class);
    }

    private Request request(String path, String accept) {
        Request.Builder b = new Request.Builder().url(Objects.requireNonNull(base.resolve(path))).header("Accept", accept);
        String token = bearer.get();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    /** One subscriber's connection: its scheduler, stream and poll loop. */
    private final class Session {
        final Listener listener;
        final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("live-feed").factory());
        volatile EventSource stream;
        boolean streaming;
        ScheduledFuture<?> polling;
        ScheduledFuture<?> retry;
        FeedState state;
        volatile boolean closed;

        Session(Listener listener) {
            this.listener = listener;
            setState(FeedState.CONNECTING, null);
        }

        void openStream() {
            if (closed || stream != null) {
                return;
            }
            stream = EventSources.createFactory(http).newEventSource(request(STREAM_PATH, "text/event-stream"),
                    new EventSourceListener() {
                        @Override
                        public void onOpen(EventSource source, Response response) {
                            run(() -> opened(source));
                        }

                        @Override
                        public void onEvent(EventSource source, String id, String type, String data) {
                            if (!closed) {
                                deliver(data);
                            }
                        }

                        @Override
                        public void onClosed(EventSource source) {
                            run(() -> lost(source, "the server ended the stream"));
                        }

                        @Override
                        public void onFailure(EventSource source, Throwable t, Response response) {
                            String why = response != null ? "HTTP " + response.code()
                                    : t == null ? "failed" : t.toString();
                            run(() -> lost(source, why));
                        }
                    });
        }

        void opened(EventSource source) {
            if (source != stream) {
                return;
            }
            streaming = true;
            if (polling != null) {
                polling.cancel(false);
                polling = null;
            }
            if (retry != null) {
                retry.cancel(false);
                retry = null;
            }
            setState(FeedState.STREAMING, null);
        }

        void lost(EventSource source, String why) {
            if (source != stream || closed) {
                return;
            }
            log.debug("Live stream lost ({}); polling", why);
            stream.cancel();
            stream = null;
            streaming = false;
            if (polling == null) {
                polling = loop.scheduleWithFixedDelay(this::poll, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
            retry = loop.schedule(this::openStream, retryStreamEvery.toMillis(), TimeUnit.MILLISECONDS);
        }

        void poll() {
            if (closed || streaming) {
                return;
            }
            try (Response r = pollHttp.newCall(request(SNAPSHOT_PATH, "application/json")).execute()) {
                String body = r.body().string();
                if (!r.isSuccessful()) {
                    setState(FeedState.OFFLINE, "HTTP " + r.code());
                    return;
                }
                if (deliver(body) && !streaming) {
                    setState(FeedState.POLLING, null);
                }
            } catch (IOException e) {
                setState(FeedState.OFFLINE, e.toString());
            }
        }

        boolean deliver(String json) {
            LiveSnapshot snapshot;
            try {
                snapshot = parse(json);
            } catch (IOException e) {
                log.warn("Unreadable live snapshot: {}", e.getMessage());
                return false;
            }
            listener.snapshot(snapshot);
            return true;
        }

        void setState(FeedState next, String detail) {
            if (next != state && !closed) {
                state = next;
                listener.state(next, detail);
            }
        }

        void run(Runnable r) {
            try {
                loop.execute(r);
            } catch (RejectedExecutionException closing) {
                // the subscription was closed meanwhile
            }
        }

        /** Never blocks (the UI calls it): cancels the stream, interrupts a poll in progress. */
        void close() {
            closed = true;
            EventSource s = stream;
            if (s != null) {
                s.cancel();
            }
            loop.shutdownNow();
        }
    }
}
