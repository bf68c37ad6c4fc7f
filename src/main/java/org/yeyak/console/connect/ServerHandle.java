package org.yeyak.console.connect;

import java.util.Optional;

/** The server this console talks to: one it started in-process, or a remote one. */
public interface ServerHandle extends AutoCloseable {
    String url();

    /** True for the in-process demo server the console started itself. */
    boolean embedded();

    /** The demo staff password, when the console chose it (embedded demo server). */
    Optional<String> demoPassword();

    /** Stops what the console started (nothing for a remote server). Blocking: never on the FX thread. */
    @Override
    void close();

    static ServerHandle remote(String url) {
        return new ServerHandle() {
            @Override
            public String url() {
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }

            @Override
            public boolean embedded() {
                return false;
            }

            @Override
            public Optional<String> demoPassword() {
                return Optional.empty();
            }

            @Override
            public void close() {
            }
        };
    }
}
