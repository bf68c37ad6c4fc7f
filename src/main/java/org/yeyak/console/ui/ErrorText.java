package org.yeyak.console.ui;

import org.yeyak.client.ApiProblemException;
import org.yeyak.client.ServerUnreachableException;
import org.yeyak.console.connect.EmbeddedServer;

/**
 * What a user reads when something failed: the server's problem {@code title} and
 * {@code detail}, or a plain sentence for a lost connection — never a stack trace.
 */
public record ErrorText(String title, String detail) {

    public static ErrorText of(Throwable error, I18n i18n) {
        Throwable e = unwrap(error);
        if (e instanceof ApiProblemException p) {
            String title = p.problem().title() != null ? p.problem().title() : i18n.get("error.generic.title");
            return new ErrorText(title, p.problem().detail() == null ? "" : p.problem().detail());
        }
        if (e instanceof EmbeddedServer.DataFolderRefused d) {
            return d.newer()
                    ? new ErrorText(i18n.get("error.store.newer.title"),
                            i18n.get("error.store.newer.detail", d.folder(), d.storeVersion(), d.knownVersion()))
                    : new ErrorText(i18n.get("error.store.other.title"), i18n.get("error.store.other.detail", d.folder()));
        }
        if (e instanceof ServerUnreachableException u && u.timedOut()) {
            return new ErrorText(i18n.get("error.timeout.title"), i18n.get("error.timeout.detail", u.baseUrl()));
        }
        if (e instanceof ServerUnreachableException u) {
            return new ErrorText(i18n.get("error.unreachable.title"), i18n.get("error.unreachable.detail", u.baseUrl()));
        }
        return new ErrorText(i18n.get("error.generic.title"), i18n.get("error.generic.detail",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    /** One line: "title — detail". */
    public String line() {
        return detail == null || detail.isBlank() ? title : title + " — " + detail;
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
