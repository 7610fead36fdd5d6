package cn.districtbudget.data.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.support.ForkedJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10 item 2: a .docx of about 1 MB whose document.xml expands to some 90 MB (millions of short paragraphs)
 * is refused within a 256 MB heap, before POI builds its model; a .docx just inside the limits is read there.
 */
class DocumentLimitsForkedJvmTest {

    @TempDir
    Path dir;

    @Test
    void aDocxOfMillionsOfParagraphsIsRefusedWithin256MbOfHeap() throws Exception {
        Path bomb = dir.resolve("百万段落.docx");
        HandMadeOffice.docx(bomb, 2_000_000, 0, false); // document.xml: about 88 MB
        assertThat(Files.size(bomb)).isLessThan(DocumentFiles.MAX_BYTES);

        ForkedJvm.Result result = ForkedJvm.run("256m", 120, ReadDocumentMain.class, bomb.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(10);
        assertThat(result.output()).startsWith("REFUSED").contains("百万段落.docx")
                .contains("段落超过 " + OfficePackageLimits.MAX_PARAGRAPHS).doesNotContain("Exception");
    }

    @Test
    void aDocxJustInsideTheLimitsIsReadWithin256MbOfHeap() throws Exception {
        Path large = dir.resolve("large.docx");
        HandMadeOffice.docx(large, OfficePackageLimits.MAX_PARAGRAPHS - 1_000,
                OfficePackageLimits.MAX_TABLE_CELLS - 1_000, false);

        ForkedJvm.Result result = ForkedJvm.run("256m", 180, ReadDocumentMain.class, large.toString());

        assertThat(result.exitCode()).as(result.output()).isEqualTo(0);
        // the paragraphs, then one line per table row of 10 cells
        long lines = (OfficePackageLimits.MAX_PARAGRAPHS - 1_000) + (OfficePackageLimits.MAX_TABLE_CELLS - 1_000) / 10;
        assertThat(result.output().strip()).isEqualTo("READ " + lines);
    }
}
