package org.yeyak.surge;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.yeyak.client.Json;
import org.yeyak.client.Problem;

/**
 * The citizen calls of the public contract (API.md) as one blocking method each, timed into
 * {@link SurgeStats}. Blocking is right here: every virtual citizen is a virtual thread.
 * Every 4xx with a code is counted as a refusal, every 5xx or transport failure as an error.
 */
final class CitizenApi {
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = Json.mapper();

    /** Default bound on requests in flight at once (each holds a socket; the process has ~20k descriptors). */
    static final int DEFAULT_IN_FLIGHT = 2_048;
    private static final int RETRIES = 2;

    private final ClientLanes http;
    private final HttpUrl base;
    private final SurgeStats stats;
    private final Semaphore inFlight;

    /**
     * One node's API that shares its bound on requests in flight with the other nodes' (one
     * client process): at most {@link #DEFAULT_IN_FLIGHT}, like browsers waiting for a free
     * connection. The wait counts in the step's latency, so a saturated server still shows as
     * growing latency rather than a politer load.
     */
    private CitizenApi(ClientLanes http, HttpUrl base, SurgeStats stats, Semaphore inFlight) {
        this.http = http;
        this.base = base;
        this.stats = stats;
        this.inFlight = inFlight;
    }

    /** One API per node, tallying into the same stats and sharing one bound on requests in flight. */
    static List<CitizenApi> forNodes(ClientLanes lanes, List<HttpUrl> nodes, SurgeStats stats) {
        Semaphore shared = new Semaphore(DEFAULT_IN_FLIGHT);
        return nodes.stream().map(n -> new CitizenApi(lanes, n, stats, shared)).toList();
    }

    /** The credentials a verified citizen sends with every call. */
    record Session(String token, String deviceId) {
    }

    <T> Reply<T> get(Step step, String path, Map<String, String> query, Session session, String admission,
                     JavaType type) throws InterruptedException {
        HttpUrl.Builder url = base.newBuilder(path.substring(1));
        query.forEach(url::addQueryParameter);
        Request.Builder req = new Request.Builder().url(url.build());
        headers(req, session, admission, null);
        return call(step, req.build(), type);
    }

    <T> Reply<T> post(Step step, String path, Object body, Session session, String admission, String idempotencyKey,
                      JavaType type) throws InterruptedException {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Request.Builder req = new Request.Builder().url(base.newBuilder(path.substring(1)).build())
                .post(RequestBody.create(bytes, JSON));
        headers(req, session, admission, idempotencyKey);
        return call(step, req.build(), type);
    }

    static JavaType type(Class<?> c) {
        return MAPPER.constructType(c);
    }

    static JavaType listOf(Class<?> c) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, c);
    }

    private static void headers(Request.Builder req, Session session, String admission, String idempotencyKey) {
        if (session != null) {
            req.header("Authorization", "Bearer " + session.token());
            req.header("X-Device-Id", session.deviceId());
        }
        if (admission != null) {
            req.header("X-Admission-Token", admission);
        }
        if (idempotencyKey != null) {
            req.header("Idempotency-Key", idempotencyKey);
        }
    }

    /**
     * A person facing an error page or a hung request reloads: after a 5xx or a transport
     * failure the same request is sent again, up to twice, after 1 s and 2 s (a booking
     * keeps its Idempotency-Key, so a repeat cannot book twice). Every failure is counted.
     */
    private <T> Reply<T> call(Step step, Request request, JavaType type) throws InterruptedException {
        Reply<T> reply = once(step, request, type);
        for (int retry = 1; retry <= RETRIES && (reply.status() == 0 || reply.status() >= 500); retry++) {
            Thread.sleep(1_000L * retry);
            reply = once(step, request, type);
        }
        return reply;
    }

    private <T> Reply<T> once(Step step, Request request, JavaType type) throws InterruptedException {
        long t0 = System.nanoTime();
        inFlight.acquire();
        try {
            ClientLanes.Answer r = http.execute(request);
            byte[] bytes = r.body();
            stats.record(step, System.nanoTime() - t0);
            int status = r.code();
            if (status >= 200 && status < 300) {
                T value = bytes.length == 0 ? null : MAPPER.readValue(bytes, type);
                return new Reply<>(status, value, null, null, -1);
            }
            Problem problem = parseProblem(bytes);
            long retryAfter = parseRetryAfter(r.header("Retry-After"));
            Reply<T> reply = new Reply<>(status, null, problem, null, retryAfter);
            if (status >= 500) {
                stats.error("HTTP_" + status + (problem != null && problem.code() != null ? "_" + problem.code() : ""));
            } else if (problem != null && problem.code() != null) {
                stats.refused(problem.code());
            } else {
                stats.error("HTTP_" + status + "_WITHOUT_PROBLEM");
            }
            return reply;
        } catch (InterruptedIOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped");
            }
            stats.error(timeoutKind(e));
            return Reply.failed("timeout: " + step);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("stopped");
            }
            stats.error(e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "BAD_JSON" : "IO");
            return Reply.failed(e.getClass().getSimpleName() + ": " + step);
        } finally {
            inFlight.release();
        }
    }

    /**
     * Which wait ran out: connecting (the server's accept queue is full — its listen backlog
     * overflowed), reading (accepted, but no answer in time), or the whole call ({@link
     * ClientLanes.TimedOut}: the simulator's own limit, since its lanes have no read timeout).
     */
    static String timeoutKind(InterruptedIOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("connect")) {
            return "TIMEOUT_CONNECT";
        }
        return e instanceof java.net.SocketTimeoutException ? "TIMEOUT_READ" : "TIMEOUT_CALL";
    }

    private static Problem parseProblem(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : MAPPER.readValue(bytes, Problem.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static long parseRetryAfter(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
