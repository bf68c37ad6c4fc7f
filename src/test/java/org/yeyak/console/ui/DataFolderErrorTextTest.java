package org.yeyak.console.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yeyak.console.connect.EmbeddedServer;
import org.yeyak.server.testing.StoreHistory;

/** The console's start screen when its data folder was written by a newer Yeyak: a sentence in the user's language. */
class DataFolderErrorTextTest {
    @TempDir
    Path data;

    @Test
    void aDataFolderFromANewerYeyakIsExplainedInKoreanAndEnglish() {
        StoreHistory.migratedByNewerBuild(data, "99");
        Throwable failed = catchThrowable(() -> EmbeddedServer.start(data));
        assertThat(failed).isInstanceOf(EmbeddedServer.DataFolderRefused.class);

        ErrorText ko = ErrorText.of(failed, I18n.forLocale(Locale.KOREA));
        assertThat(ko.title()).isEqualTo("더 새로운 Yeyak의 데이터 폴더");
        assertThat(ko.detail()).contains(data.toAbsolutePath().toString()).contains("저장소 버전 99");
        ErrorText en = ErrorText.of(failed, I18n.forLocale(Locale.ENGLISH));
        assertThat(en.title()).isEqualTo("Data folder from a newer Yeyak");
        assertThat(en.line()).contains("store version 99").contains("--data").doesNotContain("Exception");
    }
}
