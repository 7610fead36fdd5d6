package cn.districtbudget.core.assembly;

import cn.districtbudget.core.tables.TableReadResult;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One file of a disclosure as its readers gave it: the file's name, its running text (null when it has none: a
 * spreadsheet) and its tables (null when the file cannot hold tables: a .txt).
 */
public record SourceDocument(String fileName, @Nullable String text, @Nullable TableReadResult tables) {

    public SourceDocument {
        Objects.requireNonNull(fileName, "fileName");
    }

    /** A text without tables (a .txt, a text copied from a web page). */
    public static SourceDocument text(String fileName, String text) {
        return new SourceDocument(fileName, text, null);
    }
}
