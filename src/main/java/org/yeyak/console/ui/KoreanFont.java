package org.yeyak.console.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Korean text needs a font with Hangul. Windows and macOS fall back to one by themselves;
 * on Linux JavaFX's default font (usually DejaVu Sans) has no Hangul and its fallback list
 * may not reach the CJK fonts, so Korean shows as empty boxes. When a Noto CJK (or Nanum)
 * family is installed, the whole console uses it (style classes in console.css).
 *
 * <p>Every separate root needs the class: the main window's, each dialog pane's, and each
 * ControlsFX notification's (a popup of its own, which inherits the window's stylesheets but not
 * its root's font).
 */
public final class KoreanFont {
    private static final List<String> CANDIDATES = List.of("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic");

    private KoreanFont() {
    }

    public static void apply(Parent root) {
        styleClass().ifPresent(root.getStyleClass()::add);
    }

    /** The style class of the first installed Hangul family ({@code font-noto-sans-cjk-kr} …), if any. */
    public static Optional<String> styleClass() {
        List<String> families = Font.getFamilies();
        return CANDIDATES.stream().filter(families::contains).findFirst()
                .map(family -> "font-" + family.toLowerCase(Locale.ROOT).replace(' ', '-'));
    }
}
