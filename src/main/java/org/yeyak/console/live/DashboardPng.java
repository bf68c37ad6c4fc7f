package org.yeyak.console.live;

import java.nio.file.Path;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.yeyak.console.ui.BackgroundTask;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;
import org.yeyak.console.ui.I18n;
import org.yeyak.console.ui.TaskExecutor;

/**
 * Saves a picture of the dashboard as PNG: the snapshot is taken on the FX thread (the only
 * place a scene can be drawn), the encoding and writing run in the background.
 */
public final class DashboardPng {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;

    public DashboardPng(TaskExecutor executor, DialogService dialogs, I18n i18n) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.i18n = i18n;
    }

    /** Asks where, then saves the node as it looks now. */
    public void export(Node node) {
        Optional<Path> file = dialogs.chooseSaveFile(i18n.get("live.export.png"), "yeyak-live.png", "png");
        file.ifPresent(f -> export(node, f));
    }

    public void export(Node node, Path file) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        BackgroundTask.wrap(() -> {
                    if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
                        throw new java.io.IOException("no PNG writer");
                    }
                    return file;
                })
                .onSuccess(f -> dialogs.notify(i18n.get("live.export.done", f.getFileName())))
                .onFailure(e -> dialogs.showError(ErrorText.of(e, i18n)))
                .executeWith(executor);
    }
}
