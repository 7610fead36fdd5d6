package cn.districtbudget.data.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.core.disclosure.Disclosure;
import cn.districtbudget.core.disclosure.DisclosureKind;
import cn.districtbudget.core.disclosure.DutyActivity;
import cn.districtbudget.core.disclosure.Expenditure;
import cn.districtbudget.core.disclosure.Indicator;
import cn.districtbudget.core.disclosure.PerformanceTargets;
import cn.districtbudget.core.disclosure.WorkActivity;
import cn.districtbudget.data.store.DisclosureStore;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import cn.districtbudget.data.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** What every database must do on import; run on H2 and on PostgreSQL by the subclasses. */
abstract class ImportContract {

    static final String SAMPLE_TEXT = "山海关区科学技术协会部门2019年部门预算公开说明（测试文本）";

    @Autowired
    DisclosureImporter importer;
    @Autowired
    DisclosureStore store;
    @Autowired
    FixtureReadingPipeline pipeline;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @BeforeEach
    void startEmpty() {
        DatabaseCleaner.clean(jdbc);
        pipeline.register(SAMPLE_TEXT, Fixtures.sample(), Fixtures.sampleFindings());
    }

    @Test
    void storesTheSampleAndReadsItBackEqual() {
        ImportOutcome outcome = importer.importText("sample.txt", SAMPLE_TEXT, "张三");

        assertThat(outcome.status()).isEqualTo(ImportStatus.STORED);
        assertThat(outcome.revision()).isEqualTo(1);
        assertThat(outcome.departmentName()).isEqualTo("山海关区科学技术协会");
        assertThat(outcome.year()).isEqualTo(2019);
        assertThat(outcome.totalExpenditure()).isEqualTo(Fixtures.wan("95.75"));
        assertThat(outcome.findingCount()).isEqualTo(2);
        assertThat(outcome.errorCount()).isEqualTo(1);

        Disclosure back = transaction.execute(s -> store.load(outcome.disclosureId()).orElseThrow());
        assertThat(back).isEqualTo(Fixtures.sample());
        List<cn.districtbudget.core.finding.Finding> findings =
                transaction.execute(s -> store.findings(outcome.disclosureId()));
        assertThat(findings).isEqualTo(Fixtures.sampleFindings());
        String text = transaction.execute(s -> store.originalText(outcome.disclosureId()).orElseThrow());
        assertThat(text).isEqualTo(SAMPLE_TEXT);
        assertThat(jdbc.queryForObject("select imported_by from disclosure", String.class)).isEqualTo("张三");
        assertThat(jdbc.queryForObject("select file_name from disclosure", String.class)).isEqualTo("sample.txt");
        assertThat(jdbc.queryForObject("select sha256 from disclosure", String.class))
                .isEqualTo(SourceReading.sha256(SAMPLE_TEXT)).hasSize(64);
    }

    @Test
    void theSameTextAgainChangesNothing() {
        ImportOutcome first = importer.importText("sample.txt", SAMPLE_TEXT, "张三");
        long rows = DatabaseCleaner.rowCount(jdbc);

        ImportOutcome again = importer.importText("copy-of-sample.txt", SAMPLE_TEXT, "李四");

        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(again.disclosureId()).isEqualTo(first.disclosureId());
        assertThat(DatabaseCleaner.rowCount(jdbc)).isEqualTo(rows);
    }

    @Test
    void aChangedTextBecomesANewRevisionAndKeepsTheOld() {
        ImportOutcome first = importer.importText("sample.txt", SAMPLE_TEXT, "张三");
        Disclosure changed = withTotal(Fixtures.sample(), "96.75");
        String changedText = SAMPLE_TEXT + "（更正）";
        pipeline.register(changedText, changed, List.of());

        ImportOutcome second = importer.importText("sample-corrected.txt", changedText, "李四");

        assertThat(second.status()).isEqualTo(ImportStatus.NEW_REVISION);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.departmentId()).isEqualTo(first.departmentId());
        assertThat(second.totalExpenditure()).isEqualTo(Fixtures.wan("96.75"));
        assertThat(jdbc.queryForList("select is_current from disclosure order by revision", Boolean.class))
                .containsExactly(false, true);
        Disclosure old = transaction.execute(s -> store.load(first.disclosureId()).orElseThrow());
        assertThat(old).isEqualTo(Fixtures.sample());
        Disclosure current = transaction.execute(s -> store.findCurrent(Fixtures.sample().department(), 2019,
                DisclosureKind.BUDGET).orElseThrow());
        assertThat(current).isEqualTo(changed);
    }

    @Test
    void aLineEndOrTrailingSpaceOnlyChangeIsNotANewRevision() {
        pipeline.register(SAMPLE_TEXT + "\n第二行", Fixtures.sample(), List.of());
        ImportOutcome first = importer.importText("sample.txt", SAMPLE_TEXT + "\n第二行", "张三");
        String crlf = "\uFEFF" + SAMPLE_TEXT + "  \r\n第二行\t\r\n\r\n";
        pipeline.register(crlf, Fixtures.sample(), List.of());
        long rows = DatabaseCleaner.rowCount(jdbc);

        ImportOutcome again = importer.importText("sample-crlf.txt", crlf, "李四");

        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(again.disclosureId()).isEqualTo(first.disclosureId());
        assertThat(DatabaseCleaner.rowCount(jdbc)).isEqualTo(rows);
    }

    @Test
    void reImportingAnEarlierVersionMakesItCurrentAgain() {
        ImportOutcome first = importer.importText("sample.txt", SAMPLE_TEXT, "张三");
        Disclosure changed = withTotal(Fixtures.sample(), "96.75");
        String changedText = SAMPLE_TEXT + "（更正）";
        pipeline.register(changedText, changed, List.of());
        importer.importText("sample-corrected.txt", changedText, "李四");

        ImportOutcome back = importer.importText("sample-again.txt", SAMPLE_TEXT, "王五");

        assertThat(back.status()).isEqualTo(ImportStatus.NEW_REVISION);
        assertThat(back.revision()).isEqualTo(3);
        assertThat(back.totalExpenditure()).isEqualTo(first.totalExpenditure());
        assertThat(jdbc.queryForList("select is_current from disclosure order by revision", Boolean.class))
                .containsExactly(false, false, true);
        Disclosure current = transaction.execute(s -> store.findCurrent(Fixtures.sample().department(), 2019,
                DisclosureKind.BUDGET).orElseThrow());
        assertThat(current).isEqualTo(Fixtures.sample());
        String text = transaction.execute(s -> store.originalText(back.disclosureId()).orElseThrow());
        assertThat(text).isEqualTo(SAMPLE_TEXT);
        assertThat(importer.importText("sample-once-more.txt", SAMPLE_TEXT, "王五").status())
                .isEqualTo(ImportStatus.UNCHANGED);
    }

    @Test
    void aCodeOfOneDepartmentWithTheNameOfAnotherIsAConflictAndNotStored() {
        var region = Fixtures.SHANHAIGUAN;
        pipeline.register("教育局", Fixtures.budget(region, "教育局", "801", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("卫健局", Fixtures.budget(region, "卫生健康局", "802", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("混淆", Fixtures.budget(region, "卫生健康局", "801", 2021, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        ImportOutcome education = importer.importText("jyj.txt", "教育局", "张三");
        importer.importText("wjj.txt", "卫健局", "张三");
        long rows = DatabaseCleaner.rowCount(jdbc);

        ImportOutcome mixed = importer.importText("mixed.txt", "混淆", "张三");

        assertThat(mixed.status()).isEqualTo(ImportStatus.CONFLICT);
        assertThat(mixed.conflict()).isTrue();
        assertThat(mixed.failed()).as("refused: nothing stored").isTrue();
        assertThat(mixed.departmentId()).isEqualTo(education.departmentId());
        assertThat(mixed.reason()).contains("801").contains("教育局").contains("卫生健康局");
        assertThat(DatabaseCleaner.rowCount(jdbc)).isEqualTo(rows);
    }

    @Test
    void aConflictAnsweredOnTheImportPageIsStoredWithTheChosenDepartment() {
        var region = Fixtures.SHANHAIGUAN;
        pipeline.register("教育局", Fixtures.budget(region, "教育局", "801", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("卫健局", Fixtures.budget(region, "卫生健康局", "802", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("混淆", Fixtures.budget(region, "卫生健康局", "801", 2021, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        ImportOutcome education = importer.importText("jyj.txt", "教育局", "张三");
        ImportOutcome health = importer.importText("wjj.txt", "卫健局", "张三");

        ImportOutcome byName = importer.importText("mixed.txt", "混淆", "张三", ConflictChoice.DEPARTMENT_OF_NAME);

        assertThat(byName.status()).isEqualTo(ImportStatus.STORED);
        assertThat(byName.departmentId()).isEqualTo(health.departmentId());
        assertThat(jdbc.queryForList("select code from department order by code", String.class))
                .as("the code stays with one department").containsExactly("801", "802");
        assertThat(importer.importText("mixed.txt", "混淆", "张三", ConflictChoice.REFUSE).status())
                .as("the same text again is unchanged").isEqualTo(ImportStatus.UNCHANGED);
        assertThat(education.departmentId()).isNotEqualTo(health.departmentId());
    }

    @Test
    void aDistrictWithAndWithoutItsParentsIsOneRegionWithItsParents() {
        var bare = new cn.districtbudget.core.disclosure.Region(null, null, "山海关区");
        var withCity = new cn.districtbudget.core.disclosure.Region(null, "秦皇岛市", "山海关区");
        var otherCity = new cn.districtbudget.core.disclosure.Region(null, "大连市", "山海关区");
        pipeline.register("bare", Fixtures.budget(bare, "教育局", "801", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("city", Fixtures.budget(withCity, "卫生健康局", "802", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("bare again", Fixtures.budget(bare, "财政局", "803", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register("other city", Fixtures.budget(otherCity, "教育局", "801", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());

        importer.importText("a.txt", "bare", "张三");
        importer.importText("b.txt", "city", "张三");
        importer.importText("c.txt", "bare again", "张三");

        assertThat(jdbc.queryForList("select city from region", String.class)).containsExactly("秦皇岛市");
        assertThat(jdbc.queryForObject("select count(distinct region_id) from department", Long.class)).isEqualTo(1);

        importer.importText("d.txt", "other city", "张三");
        assertThat(jdbc.queryForObject("select count(*) from region", Long.class))
                .as("a district of the same name under another city is another region").isEqualTo(2);
    }

    @Test
    void departmentsAreMatchedByCodeThenByNormalisedName() {
        importer.importText("sample.txt", SAMPLE_TEXT, "张三");
        Disclosure renamed = rename(Fixtures.sample(), "山海关区科学技术协会（科协）", "731", 2020);
        Disclosure noCode = rename(Fixtures.sample(), "山海关区 科学技术协会", null, 2021);
        pipeline.register("renamed", renamed, List.of());
        pipeline.register("no code", noCode, List.of());

        ImportOutcome byCode = importer.importText("a.txt", "renamed", "张三");
        ImportOutcome byName = importer.importText("b.txt", "no code", "张三");

        assertThat(byCode.status()).isEqualTo(ImportStatus.STORED);
        assertThat(byName.status()).isEqualTo(ImportStatus.STORED);
        assertThat(jdbc.queryForObject("select count(*) from department", Long.class)).isEqualTo(1);
        assertThat(byName.findingCount()).as("the prior year 2020 was found for the checker").isEqualTo(1);
    }

    @Test
    void aFailingImportLeavesNoRows() {
        Disclosure tooLong = Fixtures.sample();
        String longName = "指标".repeat(400);
        DutyActivity broken = new DutyActivity("一", null, null, null, List.of(new WorkActivity("1", null, null, null,
                List.of(new Indicator(longName, "≥1", "≥1", "≥1", "<1")))));
        Disclosure failing = new Disclosure(tooLong.department(), 2019, DisclosureKind.BUDGET, tooLong.unit(),
                tooLong.revenue(), tooLong.expenditure(), tooLong.priorYearChange(), tooLong.operatingCosts(),
                tooLong.threePublic(), new PerformanceTargets(List.of("目标"), "731", List.of(broken)),
                tooLong.procurement(), tooLong.fixedAssets());
        pipeline.register("fails while storing", failing, Fixtures.sampleFindings());

        ImportOutcome outcome = importer.importText("broken.txt", "fails while storing", "张三");
        ImportOutcome garbage = importer.importText("garbage.txt", "这不是公开说明", "张三");

        assertThat(outcome.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(outcome.reason()).isNotBlank();
        assertThat(garbage.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(garbage.reason()).contains("不是公开说明");
        assertThat(DatabaseCleaner.rowCount(jdbc)).isZero();
    }

    @Test
    void aBatchReportsEveryFileAndContinuesPastFailures() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("batch");
        java.nio.file.Files.writeString(dir.resolve("1-sample.txt"), SAMPLE_TEXT);
        java.nio.file.Files.writeString(dir.resolve("2-garbage.txt"), "乱码");
        java.nio.file.Files.writeString(dir.resolve("3-again.txt"), SAMPLE_TEXT);
        java.nio.file.Files.writeString(dir.resolve("4-ignored.doc"), "doc");
        List<Integer> progress = new java.util.ArrayList<>();

        BatchOutcome batch = importer.importDirectory(dir, "张三", ImportOptions.PLAIN, (done, total, latest) -> progress.add(done * 10 + total));

        assertThat(batch.outcomes()).extracting(ImportOutcome::status)
                .containsExactly(ImportStatus.STORED, ImportStatus.FAILED, ImportStatus.UNCHANGED);
        assertThat(progress).containsExactly(13, 23, 33);
        assertThat(importer.importDocument(DocumentSource.file(dir.resolve("4-ignored.doc")), "张三").reason()).contains(".txt");
    }

    @Test
    void theRealSampleThroughTheRealReaderIsStoredAndReadBackEqual() throws Exception {
        String text;
        try (var in = getClass().getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        DisclosureImporter real = TestImporters.real(context);
        // the importer reads with the file's name, so every figure's evidence names its file
        var expected = new cn.districtbudget.core.reading.DisclosureReader().read(text,
                cn.districtbudget.core.reading.ReadingHints.file("shanhaiguan-kexie-2019-budget.txt"));

        ImportOutcome outcome = real.importText("shanhaiguan-kexie-2019-budget.txt", text, "张三");

        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ImportStatus.STORED);
        assertThat(outcome.totalExpenditure()).isEqualTo(Fixtures.wan("95.75"));
        Disclosure back = transaction.execute(s -> store.load(outcome.disclosureId()).orElseThrow());
        // the whole disclosure, the stated figures with their evidence included
        assertThat(expected.disclosure().figures()).isNotEmpty();
        assertThat(back).isEqualTo(expected.disclosure());
        assertThat(back.figures()).isEqualTo(expected.disclosure().figures());
        List<cn.districtbudget.core.finding.Finding> findings =
                transaction.execute(s -> store.findings(outcome.disclosureId()));
        List<cn.districtbudget.core.finding.Finding> expectedFindings = new java.util.ArrayList<>(expected.findings());
        expectedFindings.addAll(new cn.districtbudget.core.check.DisclosureChecker()
                .check(expected.disclosure(), null).findings());
        assertThat(findings).isEqualTo(expectedFindings).hasSize(outcome.findingCount()).isNotEmpty();
        assertThat(real.importText("again.txt", text, "李四").status()).isEqualTo(ImportStatus.UNCHANGED);
        byte[] gb18030 = text.getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(real.importDocument(DocumentSource.bytes("uploaded-gbk.txt", gb18030), "李四").status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(real.importDocument(DocumentSource.bytes("scan.pdf", gb18030), "李四").status()).isEqualTo(ImportStatus.FAILED);
        ImportOutcome empty = real.importDocument(DocumentSource.bytes("empty.txt", new byte[0]), "李四");
        assertThat(empty.reason()).contains("文件为空");
        assertThat(real.importText("not.txt", "随便一段文字", "李四").reason()).contains("不是部门预算或决算公开");
    }

    static Disclosure withTotal(Disclosure d, String totalWan) {
        Expenditure e = d.expenditure();
        return new Disclosure(d.department(), d.year(), d.kind(), d.unit(), d.revenue(),
                new Expenditure(Fixtures.wan(totalWan), e.basic(), e.personnel(), e.publicUse(), e.project(),
                        e.projectDescription()),
                d.priorYearChange(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(),
                d.fixedAssets());
    }

    static Disclosure rename(Disclosure d, String name, String code, int year) {
        var dep = d.department();
        return new Disclosure(new cn.districtbudget.core.disclosure.Department(name, code, dep.region(), dep.nature(),
                dep.rank(), dep.fundingForm(), dep.duties(), dep.organisation()), year, d.kind(), d.unit(),
                d.revenue(), d.expenditure(), new cn.districtbudget.core.disclosure.PriorYearChange(year - 1,
                        d.priorYearChange().total(), d.priorYearChange().basic(), d.priorYearChange().project()),
                d.operatingCosts(), d.threePublic(),
                d.performance(), d.procurement(), d.fixedAssets());
    }

    @Test
    void aTextWithoutDepartmentOrYearIsNotStoredUntilTheyAreGiven() {
        DisclosureImporter real = TestImporters.real(context);
        String bare = "二、收支预算总体情况\n收入预算总额120.50万元，其中一般公共预算拨款收入100.50万元，"
                + "上年结转20.00万元。支出预算总额120.50万元。\n";
        long rows = DatabaseCleaner.rowCount(jdbc);

        ImportOutcome asked = real.importText("bare.txt", bare, "张三");

        assertThat(asked.status()).isEqualTo(ImportStatus.NEEDS_IDENTITY);
        assertThat(asked.failed()).as("nothing stored").isTrue();
        assertThat(asked.missing()).containsExactlyInAnyOrder(IdentityPart.DEPARTMENT, IdentityPart.YEAR);
        assertThat(asked.kind()).isEqualTo(cn.districtbudget.core.disclosure.DisclosureKind.BUDGET);
        assertThat(DatabaseCleaner.rowCount(jdbc)).isEqualTo(rows);

        ImportOutcome onlyYear = real.importText("bare.txt", bare, "张三", ImportOptions.hints(null, 2023, null));
        assertThat(onlyYear.status()).isEqualTo(ImportStatus.NEEDS_IDENTITY);
        assertThat(onlyYear.missing()).containsExactly(IdentityPart.DEPARTMENT);
        assertThat(onlyYear.year()).isEqualTo(2023);

        ImportOutcome stored = real.importText("bare.txt", bare, "张三", ImportOptions.hints("某市统计局", 2023, null));
        assertThat(stored.status()).as(stored.reason()).isEqualTo(ImportStatus.STORED);
        assertThat(stored.departmentName()).isEqualTo("某市统计局");
        assertThat(stored.year()).isEqualTo(2023);
        assertThat(stored.totalExpenditure()).isEqualTo(Fixtures.wan("120.50"));
    }

    @Test
    void aDepartmentsFilesAreStoredInYearOrderHoweverItsNameIsSpacedOrPunctuated() {
        var region = Fixtures.SHANHAIGUAN;
        String[] spellings = {"统计局", "统 计 局", "（统计局）", "统计局　"};
        List<NamedText> texts = new java.util.ArrayList<>();
        for (int year = 2001; year <= 2040; year++) {
            String text = "统计局 " + year;
            pipeline.register(text, Fixtures.budget(region, spellings[year % spellings.length], null, year, "100", "60",
                    "20", "20", "3", "1", "1", "1", null), List.of());
            texts.add(new NamedText(year + ".txt", text));
        }

        BatchOutcome batch = importer.importTexts(texts, "张三", ProgressListener.NONE);

        assertThat(batch.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportStatus.STORED);
        assertThat(batch.outcomes()).extracting(ImportOutcome::departmentId).as("one department").containsOnly(
                batch.outcomes().get(0).departmentId());
        assertThat(batch.outcomes().subList(1, texts.size())).extracting(ImportOutcome::findingCount)
                .as("each year after the first was checked against its prior year, already stored").containsOnly(1);
    }
}
