package org.yeyak.console.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Korean text needs a font with Hangul. Windows and macOS fall back to one by themselves;
 * on Linux JavaFX's default font (usually DejaVu Sans) has no Hangul and its fallback list
 * may not reach the CJK fonts, so Korean shows as empty boxes. When a Noto CJK (or Nanum)
 * family is installed, the whole console uses it (style classes in console.css).
 */
public final class KoreanFont {
    private static final List<String> CANDIDATES = List.of("Noto Sans CJK KR", "Noto Sans KR", "NanumGothic");

    private KoreanFont() {
    }

    public static void apply(Parent root) {
        List<String> families = Font.getFamilies();
        for (String family : CANDIDATES) {
            if (families.contains(family)) {
                root.getStyleClass().add("font-" + family.toLowerCase().replace(' ', '-'));
                return;
            }
        }
    }
}
