package cn.districtbudget.ui.cli;

import cn.districtbudget.ui.console.CommandFailures;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the {@link ImportConfiguration} context without a web server, quietly, with the demo data off (an import fills the
 * database with the user's files only), and hands the paths to the {@link DisclosureImporter}.
 */
final class SpringImportLauncher implements ImportLauncher {

    @Override
    public void importSet(List<Path> paths, List<String> springArgs, ImportOptions options,
                          Consumer<ImportOutcome> each) {
        try (ConfigurableApplicationContext context = start(springArgs)) {
            List<DocumentSource> sources = new ArrayList<>();
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> entries = Files.list(path)) {
                        entries.filter(Files::isRegularFile)
                                .filter(p -> DocumentSource.importable(p.getFileName().toString())).sorted()
                                .forEach(p -> sources.add(DocumentSource.file(p)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    sources.add(DocumentSource.file(path));
                }
            }
            each.accept(context.getBean(DisclosureImporter.class).importSet(sources, user(), options));
        }
    }

    private static ConfigurableApplicationContext start(List<String> springArgs) {
        List<String> args = CommandFailures.quietSpringArgs(springArgs);
        return new SpringApplicationBuilder(ImportConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
    }

    private static String user() {
        return System.getProperty("user.name", "cli");
    }

    @Override
    public void importPaths(List<Path> paths, List<String> springArgs, ImportOptions options,
                            Consumer<ImportOutcome> each) {
        try (ConfigurableApplicationContext context = start(springArgs)) {
            DisclosureImporter importer = context.getBean(DisclosureImporter.class);
            String user = user();
            List<Path> files = new ArrayList<>(); // consecutive files are one batch, in the order given
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    importFiles(importer, files, user, options, each);
                    importer.importDirectory(path, user, options, (done, total, latest) -> each.accept(latest));
                } else {
                    files.add(path);
                }
            }
            importFiles(importer, files, user, options, each);
        }
    }

    private static void importFiles(DisclosureImporter importer, List<Path> files, String user, ImportOptions options,
                                    Consumer<ImportOutcome> each) {
        if (!files.isEmpty()) {
            importer.importAll(files.stream().map(DocumentSource::file).toList(), user, options,
                    (done, total, latest) -> each.accept(latest));
            files.clear();
        }
    }
}
