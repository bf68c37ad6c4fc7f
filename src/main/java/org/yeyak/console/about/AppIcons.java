package org.yeyak.console.about;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.yeyak.console.ui.KoreanFont;

/**
 * The application icon (rendered from {@code assets/icon/*.svg} by {@code installer/render-icons.sh})
 * for windows, dialogs and the welcome/About pictures; and the console's look on its dialogs.
 */
public final class AppIcons {
    static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcons() {
    }

    public static Image image(int size) {
        int best = SIZES.stream().filter(s -> s >= size).findFirst().orElse(256);
        try (InputStream in = Objects.requireNonNull(AppIcons.class.getResourceAsStream("yeyak-" + best + ".png"))) {
            return new Image(in, size, size, true, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("icon missing: yeyak-" + best + ".png", e);
        }
    }

    public static ImageView view(int size) {
        ImageView v = new ImageView(image(size));
        v.setFitWidth(size);
        v.setFitHeight(size);
        return v;
    }

    /** Every size, so the title bar and the task switcher each pick theirs. */
    public static void applyTo(Stage stage) {
        for (int s : SIZES) {
            stage.getIcons().add(image(s));
        }
    }

    /** A dialog over the console: its icon, and the console's stylesheet and Korean font. */
    public static void style(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        KoreanFont.apply(dialog.getDialogPane());
        // Without this the window keeps its first guess of a size and cuts the content short.
        dialog.getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            applyTo(stage);
            // Once shown (fonts and styles applied), fit the window to its content.
            dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> stage.sizeToScene());
        }
    }
}
