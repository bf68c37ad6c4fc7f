package org.yeyak.console.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yeyak.console.ui.DialogService;
import org.yeyak.console.ui.ErrorText;

/** Answers dialogs as the test says and keeps what was shown. */
final class RecordingDialogs implements DialogService {
    final List<String> notifications = new ArrayList<>();
    final List<ErrorText> errors = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean answer = true;
    Path saveTo;

    @Override
    public void showError(ErrorText error) {
        errors.add(error);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        questions.add(title);
        return answer;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String extension) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }
}
