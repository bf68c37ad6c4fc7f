package org.yeyak.server.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:gated:/path/db}) that can hold the store's writes: while a
 * {@link Gate} is closed, the next write to the file waits before it reaches the file. A test can
 * so freeze H2 in the middle of a commit — the transaction already visible to other sessions,
 * its data not yet in the file — which is exactly what a SIGKILL at that instant would lose.
 */
public final class GatedFilePath extends FilePathWrapper {
    private static final String SCHEME = "gated";
    private static volatile Gate gate;

    /** One closed gate: holds writes until {@link #open()}. */
    public static final class Gate implements AutoCloseable {
        private final CountDownLatch held = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);

        /** Waits until a write is being held. */
        public boolean awaitHeldWrite(Duration within) throws InterruptedException {
            return held.await(within.toMillis(), TimeUnit.MILLISECONDS);
        }

        /** Lets every held (and later) write through. */
        public void open() {
            opened.countDown();
        }

        @Override
        public void close() {
            open();
            gate = null;
        }

        void pass() throws IOException {
            held.countDown();
            try {
                if (!opened.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("gate never opened");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    /** Registers the scheme with H2 (once is enough; repeating is harmless). */
    public static void register() {
        FilePath.register(new GatedFilePath());
    }

    /** The H2 location of {@code path} on this file system. */
    public static String location(java.nio.file.Path path) {
        return SCHEME + ":" + path.toAbsolutePath();
    }

    /** Closes a gate: the next write waits until the gate is opened. */
    public static Gate close() {
        Gate g = new Gate();
        gate = g;
        return g;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new GatedChannel(getBase().open(mode));
    }

    private static final class GatedChannel extends FileBase {
        private final FileChannel base;

        GatedChannel(FileChannel base) {
            this.base = base;
        }

        private static void await() throws IOException {
            Gate g = gate;
            if (g != null) {
                g.pass();
            }
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            await();
            return base.write(src, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            await();
            return base.write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
