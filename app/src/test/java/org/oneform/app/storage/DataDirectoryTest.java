package org.oneform.app.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryAndLaysOutItsStores() {
        DataDirectory dir = DataDirectory.open(temp.resolve("fresh/data"));
        try {
            assertThat(dir.root()).isDirectory();
            assertThat(dir.root().resolve(DataDirectory.LOCK_FILE)).exists();
            assertThat(dir.h2().getParent()).isEqualTo(dir.root());
            assertThat(dir.store().getParent()).isEqualTo(dir.root());
            assertThat(dir.lucene().getParent()).isEqualTo(dir.root());
        } finally {
            dir.release();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedWithAClearMessage() {
        DataDirectory first = DataDirectory.open(temp);
        try {
            assertThatThrownBy(() -> DataDirectory.open(temp))
                    .isInstanceOf(DataDirectoryException.class)
                    .hasMessageContaining("in use by another OneForm process")
                    .satisfies(e -> assertThat(((DataDirectoryException) e).action()).contains("--oneform.data-dir"));
        } finally {
            first.release();
        }
        DataDirectory again = DataDirectory.open(temp);
        assertThat(again.isLocked()).isTrue();
        again.release();
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReportedAsNotWritable() throws Exception {
        Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
        assertThatThrownBy(() -> DataDirectory.open(file.resolve("data")))
                .isInstanceOf(DataDirectoryException.class)
                .hasMessageContaining("is not writable");
    }

    @Test
    void theFailureAnalyzerTellsWhatToDo() {
        var e = new DataDirectoryException(temp, "The data directory x is in use by another OneForm process.", "Stop it.");
        var analysis = new DataDirectoryFailureAnalyzer().analyze(new RuntimeException(e));
        assertThat(analysis.getDescription()).contains("in use");
        assertThat(analysis.getAction()).isEqualTo("Stop it.");
    }
}
