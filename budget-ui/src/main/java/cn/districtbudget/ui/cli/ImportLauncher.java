package cn.districtbudget.ui.cli;

import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Imports files and directories into the configured database; {@code springArgs} are the {@code --key=value} options. */
interface ImportLauncher {

    /**
     * Imports every path (a directory: its .txt and .docx files), each read with {@code options}' hints (from
     * {@code --department}, {@code --year}, {@code --kind}), reporting each outcome as it finishes.
     */
    void importPaths(List<Path> paths, List<String> springArgs, ImportOptions options, Consumer<ImportOutcome> each);

    /**
     * Imports every path as one disclosure ({@code import --set}: a narrative and its tables file; a directory gives
     * its importable files by name), reporting the one outcome.
     */
    default void importSet(List<Path> paths, List<String> springArgs, ImportOptions options,
                           Consumer<ImportOutcome> each) {
        throw new UnsupportedOperationException("import --set");
    }
}
