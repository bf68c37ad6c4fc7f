package org.yeyak.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yeyak.server.audit.AuditEntry;
import org.yeyak.server.audit.AuditLog;
import org.yeyak.server.http.ApiError;

/**
 * Group commit: durable writes at the rate of many per commit.
 *
 * <p>A durable commit costs a disk write (H2 with {@code WRITE_DELAY=0}: ~6k commits/s on one
 * thread; PostgreSQL with fsync: far fewer), so writer threads drain a queue of jobs, each running
 * up to {@code maxBatch} of them in one transaction, each job inside its own savepoint: a job that
 * refuses (throws {@link ApiError}) is rolled back to its savepoint without undoing the others. The
 * audit entries of the jobs that succeeded are appended at the end of the same transaction. Only
 * after the commit returns — the data is on disk — is each caller's future completed.
 *
 * <p>One writer serves the whole node: bookings and the citizen front door's writes (the outcome of
 * a verification, taking a waiting-room ticket) share its commits.
 *
 * <p>With several writer threads (worth it on PostgreSQL, where each statement is a network round
 * trip), one batch is being filled while another commits. A batch runs its jobs in the order of
 * their {@code orderKey}, so that two batches take their row locks in one order and do not
 * deadlock each other. The keys, and so the lock order within a batch (the first two start with
 * the control characters U+0001 and U+0002, so that they sort before any booking's):
 * <ol>
 *   <li>U+0001 {@code "queue:" + campaign} ({@code WaitingRoom}) — taking a ticket: the campaign's
 *       counters row ({@code front_queue}, FOR UPDATE), then tickets (QueueStore's own order);</li>
 *   <li>U+0002 {@code "person:" + personKey} ({@code VerificationStore}) — recording a
 *       verification's outcome: the person's row ({@code front_person}, FOR UPDATE), then a
 *       failure's row;</li>
 *   <li>{@code clinicId + "|" + date} — a booking: the stock rows of that clinic and date;</li>
 *   <li>no key ({@link #run(Job)}: cancellations and moves, rare) — last, since the rows they lock
 *       are known only once they have read the booking.</li>
 * </ol>
 * Jobs with equal keys keep the order they were queued in (first come, first served). Deadlocks
 * remain possible where a job's locks are not known from its key (a move's two stock rows, a
 * timer's transaction on another connection), and across nodes; they are retried as below.
 *
 * <p>Correctness never rests on this being the only writer: jobs rely on the database's
 * constraints and conditional updates, so several server nodes may each run a writer on one
 * PostgreSQL. A job that loses a lock race with another node (deadlock, serialization failure) is
 * rolled back to its savepoint and run again in the next batch. H2 instead rolls back the whole
 * transaction of a deadlock's loser, its savepoints with it: then the whole batch runs again.
 *
 * <p>Visible is not yet durable: H2 shows a commit to other sessions a moment before its data is
 * in the file (inside {@code commit()}), so whoever answers from committed data read on another
 * connection must first wait out the commits in progress ({@link #awaitCommitsInProgress()}).
 *
 * <p>{@link #close()} stops taking jobs, finishes every queued one, then returns.
 */
public final class BatchWriter implements AutoCloseable {
    /** One unit of work: runs on the batch's connection; may add audit entries; may throw ApiError to refuse. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Connection c, Consumer<AuditEntry> audit) throws SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);
    private static final int MAX_ATTEMPTS = 5;
    /** Sorts after every key in use (keys are clinic ids, dates, person keys: well below U+FFFF). */
    private static final String LAST = "\uffff";

    private final DataSource ds;
    private final AuditLog audit;
    private final int maxBatch;
    private final LinkedBlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closing;
    /** Per writer thread: the number of the commit it is inside, 0 when none (guarded by itself). */
    private final long[] committing;
    private long commitsStarted;
    private final AtomicLong commits = new AtomicLong();

    /** One writer thread. */
    public BatchWriter(DataSource ds, AuditLog audit, int maxBatch) {
        this(ds, audit, maxBatch, 1);
    }

    /** {@code writers} threads, each committing its own batches (one pooled connection each). */
    public BatchWriter(DataSource ds, AuditLog audit, int maxBatch, int writers) {
        this.ds = ds;
        this.audit = audit;
        this.maxBatch = maxBatch;
        this.committing = new long[writers];
        for (int i = 0; i < writers; i++) {
            int writer = i;
            threads.add(Thread.ofPlatform().name("yeyak-batch-writer-" + i).daemon(false).start(() -> loop(writer)));
        }
    }

    /**
     * Runs the job in a coming batch and waits until it is durably committed; rethrows its refusal.
     * Unkeyed jobs run after the keyed ones of their batch (see the class comment).
     */
    public <T> T run(Job<T> job) {
        return run(job, LAST);
    }

    /** As {@link #run(Job)}; jobs of one batch run in {@code orderKey} order (see the class comment). */
    public <T> T run(Job<T> job, String orderKey) {
        try {
            return submit(job, orderKey).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiError(503, "UNAVAILABLE", "Unavailable", "The server is shutting down; try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Queues the job; the future completes after its batch commits (or with its refusal). */
    public <T> CompletableFuture<T> submit(Job<T> job, String orderKey) {
        Task<T> task = new Task<>(job, orderKey);
        synchronized (this) {
            if (closing) {
                task.future.completeExceptionally(
                        new ApiError(503, "UNAVAILABLE", "Unavailable", "The server is shutting down; try again."));
                return task.future;
            }
            queue.add(task);
        }
        return task.future;
    }

    /**
     * Returns once every batch commit that is in progress now has returned. Call it after reading,
     * on another connection, data a batch wrote and before answering from it: H2 makes a commit
     * visible to other sessions before it has written it to the file, so what was read may be
     * lost to a crash until the commit that wrote it returns. (On PostgreSQL a commit is visible
     * only once durable; the wait is then merely harmless.)
     */
    public void awaitCommitsInProgress() {
        synchronized (committing) {
            long[] seen = committing.clone();
            for (int i = 0; i < seen.length; i++) {
                while (seen[i] != 0 && committing[i] == seen[i]) {
                    try {
                        committing.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new ApiError(503, "UNAVAILABLE", "Unavailable", "The server is shutting down; try again.");
                    }
                }
            }
        }
    }

    /** Jobs waiting for a batch. */
    public int queued() {
        return queue.size();
    }

    /** Batches committed since start (each a single durable commit, whatever its number of jobs). */
    public long commits() {
        return commits.get();
    }

    private void loop(int writer) {
        List<Task<?>> batch = new ArrayList<>(maxBatch);
        List<Task<?>> retry = new ArrayList<>();
        while (!(closing && queue.isEmpty() && retry.isEmpty())) {
            batch.clear();
            batch.addAll(retry);
            retry.clear();
            try {
                if (batch.isEmpty()) {
                    Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                }
                queue.drainTo(batch, maxBatch - batch.size());
            } catch (InterruptedException e) {
                // Only close() stops a writer, once the queue is empty: queued jobs must finish.
                continue;
            }
            batch.sort(java.util.Comparator.comparing(t -> t.orderKey));
            execute(writer, batch, retry);
        }
    }

    private void execute(int writer, List<Task<?>> batch, List<Task<?>> retry) {
        List<Task<?>> done = new ArrayList<>(batch.size());
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<AuditEntry> entries = new ArrayList<>();
                for (Task<?> task : batch) {
                    Savepoint sp = c.setSavepoint();
                    int mark = entries.size();
                    try {
                        task.result = task.job.run(c, entries::add);
                        done.add(task);
                    } catch (SQLException | RuntimeException e) {
                        if (!rollbackTo(c, sp)) {
                            // H2 answers a deadlock by rolling back the whole transaction, savepoints
                            // and all: nothing of this batch is stored, so all of it runs again.
                            safeRollback(c);
                            runAgain(batch, task, e, retry);
                            return;
                        }
                        entries.subList(mark, entries.size()).clear();
                        if (e instanceof SQLException sql && Tx.isRetryable(sql) && ++task.attempts < MAX_ATTEMPTS) {
                            retry.add(task);
                        } else {
                            task.error = failure(e);
                            done.add(task);
                        }
                    }
                }
                audit.append(c, entries);
                commit(writer, c);
            } catch (SQLException | RuntimeException e) {
                safeRollback(c);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            // The batch as a whole failed to commit: nothing of it is stored; every caller hears so.
            log.error("Batch of {} failed to commit", batch.size(), e);
            RuntimeException failure = e instanceof SQLException s ? new StoreException(s) : (RuntimeException) e;
            retry.clear();
            for (Task<?> t : batch) {
                t.future.completeExceptionally(failure);
            }
            return;
        }
        for (Task<?> t : done) {
            t.complete();
        }
    }

    /** Rolls back to the savepoint; false if the database has already rolled back the whole transaction. */
    private static boolean rollbackTo(Connection c, Savepoint sp) {
        try {
            c.rollback(sp);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The batch's transaction was lost while {@code culprit} ran: every other job runs again as if
     * it had never run; the culprit too, unless it has lost too often or was refused for a reason
     * other than a lock conflict.
     */
    private static void runAgain(List<Task<?>> batch, Task<?> culprit, Exception e, List<Task<?>> retry) {
        for (Task<?> t : batch) {
            t.result = null;
            t.error = null;
            if (t != culprit) {
                retry.add(t);
            } else if (e instanceof SQLException sql && Tx.isRetryable(sql) && ++t.attempts < MAX_ATTEMPTS) {
                retry.add(t);
            } else {
                t.error = failure(e);
                t.complete();
            }
        }
    }

    /** What a job's caller hears: its refusal or failure; a store failure, logged, for SQL errors. */
    private static RuntimeException failure(Exception e) {
        if (e instanceof SQLException sql) {
            log.error("Batch job failed (SQLSTATE {})", sql.getSQLState(), sql);
            return new StoreException(sql);
        }
        return (RuntimeException) e;
    }

    /** Commits, marked as in progress for {@link #awaitCommitsInProgress()}. */
    private void commit(int writer, Connection c) throws SQLException {
        synchronized (committing) {
            committing[writer] = ++commitsStarted;
        }
        try {
            c.commit();
            commits.incrementAndGet();
        } finally {
            synchronized (committing) {
                committing[writer] = 0;
                committing.notifyAll();
            }
        }
    }

    private static void safeRollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.warn("Rollback failed", e);
        }
    }

    /** Stops taking jobs, runs every job already queued, and waits for the writers to finish. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static final class Task<T> {
        final Job<T> job;
        final String orderKey;
        final CompletableFuture<T> future = new CompletableFuture<>();
        Object result;
        RuntimeException error;
        int attempts;

        Task(Job<T> job, String orderKey) {
            this.job = job;
            this.orderKey = orderKey == null || orderKey.isEmpty() ? LAST : orderKey;
        }

        @SuppressWarnings("unchecked")
        void complete() {
            if (error != null) {
                future.completeExceptionally(error);
            } else {
                future.complete((T) result);
            }
        }
    }
}
