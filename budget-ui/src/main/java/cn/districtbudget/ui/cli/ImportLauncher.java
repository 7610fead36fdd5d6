package cn.districtbudget.ui.cli;

import cn.districtbudget.data.importing.ImportOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Imports files and directories into the configured database; {@code springArgs} are the {@code --key=value} options. */
interface ImportLauncher {

    /** Imports every path (a directory: its .txt and .docx files), reporting each outcome as it finishes. */
    void importPaths(List<Path> paths, List<String> springArgs, Consumer<ImportOutcome> each);
}
