package cn.districtbudget.data.bench;

import cn.districtbudget.data.TestApplication;
import cn.districtbudget.data.importing.BatchOutcome;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.DocumentSource;
import cn.districtbudget.data.importing.ImportOptions;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.importing.ProgressListener;
import cn.districtbudget.data.importing.TestImporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12's import target (not a unit test: surefire runs it only when named with -Dtest, see docs/benchmarks.md):
 * 60 real-sized PDF disclosures (the real 24–35-page budget and final-account PDFs of budget-core's test resources,
 * each copied 20 times with a line "benchmark copy N" added to its first page so that every copy is a text of its
 * own) imported as one batch, through the real readers (text layer and tables), into a fresh H2 file database, as
 * {@code import DIR} does. Reports the wall time; fails on any failed file.
 */
class PdfImportBenchmark {

    static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");
    static final List<String> PDFS = List.of("shanghai-putuo-wanli-street-2023-budget.pdf",
            "jiangsu-procuratorate-2018-budget.pdf", "shanghai-putuo-social-work-dept-2024-final-accounts.pdf");
    private final int copies = Integer.getInteger("bench.copies", 20);

    @Test
    void run() throws IOException {
        Path dir = Path.of("target", "bench", "pdf-import");
        deleteTree(dir);
        Path files = Files.createDirectories(dir.resolve("files"));
        List<DocumentSource> sources = new ArrayList<>();
        int pages = 0;
        for (int copy = 1; copy <= copies; copy++) {
            for (String name : PDFS) {
                Path target = files.resolve(String.format(Locale.ROOT, "%02d-%s", copy, name));
                pages += copyWithMarker(REAL.resolve(name), target, "benchmark copy " + copy);
                sources.add(DocumentSource.file(target));
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class).run(
                "--budget.demo.enabled=false", "--spring.main.web-application-type=none", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/budget")) {
            DisclosureImporter importer = TestImporters.real(context);
            long start = System.nanoTime();
            BatchOutcome batch = importer.importAll(sources, "benchmark", ImportOptions.PLAIN, ProgressListener.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long failed = batch.outcomes().stream().filter(o -> o.failed()).count();
            Long figures = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from stated_figure", Long.class);
            Long tables = context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from disclosure_table", Long.class);
            String report = String.format(Locale.ROOT, "PDF import (%d cores, %s): %d PDF disclosures (%d pages, "
                            + "avg %.0f pages) in %.1f s = %.2f s/PDF; %d stored, %d new revisions, %d failed; %d stated "
                            + "figures, %d tables stored%n", Runtime.getRuntime().availableProcessors(),
                    java.time.LocalDate.now(), sources.size(), pages, (double) pages / sources.size(), seconds,
                    seconds / sources.size(), batch.count(ImportStatus.STORED), batch.count(ImportStatus.NEW_REVISION),
                    failed, figures, tables);
            batch.outcomes().stream().filter(o -> o.failed()).limit(5)
                    .forEach(o -> System.out.println(o.fileName() + ": " + o.reason()));
            Path out = Path.of("target", "benchmarks", "pdf-import.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
            if (failed > 0) {
                throw new AssertionError(failed + " PDFs failed");
            }
        }
    }

    private static int copyWithMarker(Path source, Path target, String marker) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            PDPage first = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, first,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                content.newLineAtOffset(20, 10);
                content.showText(marker);
                content.endText();
            }
            document.save(target.toFile());
            return document.getNumberOfPages();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
