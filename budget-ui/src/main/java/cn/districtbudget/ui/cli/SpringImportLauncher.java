package cn.districtbudget.ui.cli;

import cn.districtbudget.ui.console.CommandFailures;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
    public void importPaths(List<Path> paths, List<String> springArgs, ImportOptions options,
                            Consumer<ImportOutcome> each) {
        List<String> args = CommandFailures.quietSpringArgs(springArgs);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ImportConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new))) {
            DisclosureImporter importer = context.getBean(DisclosureImporter.class);
            String user = System.getProperty("user.name", "cli");
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
