package cn.districtbudget.data.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import cn.districtbudget.data.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every import, revision and failed import leaves an audit entry naming the importing user. */
abstract class ImportAuditContract {

    static final String FIRST = "示例区教育局 2020 预算（第一稿）";
    static final String SECOND = "示例区教育局 2020 预算（修订稿）";

    @Autowired
    DisclosureImporter importer;
    @Autowired
    FixtureReadingPipeline pipeline;
    @Autowired
    AuditLog auditLog;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void startEmpty() {
        DatabaseCleaner.clean(jdbc);
        jdbc.update("delete from audit_entry");
        var region = Fixtures.SHANHAIGUAN;
        pipeline.register(FIRST, Fixtures.budget(region, "教育局", "801", 2020, "100", "60", "20", "20",
                "3", "1", "1", "1", null), List.of());
        pipeline.register(SECOND, Fixtures.budget(region, "教育局", "801", 2020, "110", "60", "20", "30",
                "3", "1", "1", "1", null), List.of());
    }

    @Test
    void importRevisionAndFailureAreRecordedWithTheUser() {
        ImportOutcome first = importer.importText("jyj-2020.txt", FIRST, "张三");
        ImportOutcome second = importer.importText("jyj-2020-v2.txt", SECOND, "李四");
        ImportOutcome again = importer.importText("copy.txt", SECOND, "李四");
        ImportOutcome failed = importer.importText("garbage.txt", "不是公开说明的文字", "王五");

        assertThat(first.status()).isEqualTo(ImportStatus.STORED);
        assertThat(second.status()).isEqualTo(ImportStatus.NEW_REVISION);
        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);

        List<AuditEntry> entries = auditLog.find(AuditFilter.all(), 0, 10);
        assertThat(entries).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("张三", AuditAction.IMPORT),
                        org.assertj.core.groups.Tuple.tuple("李四", AuditAction.REVISION),
                        org.assertj.core.groups.Tuple.tuple("王五", AuditAction.IMPORT_FAILED));
        AuditEntry revision = auditLog.find(AuditFilter.all().withAction(AuditAction.REVISION), 0, 1).get(0);
        assertThat(revision.target()).contains("教育局").contains("2020").contains("第2版");
        assertThat(revision.detail()).contains("jyj-2020-v2.txt");
        AuditEntry failure = auditLog.find(AuditFilter.all().withAction(AuditAction.IMPORT_FAILED), 0, 1).get(0);
        assertThat(failure.target()).isEqualTo("garbage.txt");
        assertThat(failure.detail()).isEqualTo(failed.reason());
    }

    @Test
    void anUnsupportedFileIsRecordedAsAFailedImport() {
        ImportOutcome outcome = importer.importDocument(cn.districtbudget.data.importing.DocumentSource.bytes("table.xlsx", new byte[] {1, 2, 3}), "赵六");

        assertThat(outcome.failed()).isTrue();
        assertThat(auditLog.find(AuditFilter.all().withActor("赵六"), 0, 10))
                .extracting(AuditEntry::action, AuditEntry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT_FAILED, "table.xlsx"));
    }

    @Test
    void aHugeInternalMessageIsBoundedInTheOutcomeAndTheAuditLog() {
        String million = "1".repeat(1_000_000);
        pipeline.registerFailure("巨大数字", new NumberFormatException("For input string: \"" + million + "\""));

        ImportOutcome failed = importer.importText("huge-figure.txt", "巨大数字", "王五");

        assertThat(failed.failed()).isTrue();
        assertThat(failed.reason()).startsWith("读取时出错").hasSizeLessThanOrEqualTo(ImportOutcome.MAX_REASON_LENGTH);
        AuditEntry failure = auditLog.find(AuditFilter.all().withAction(AuditAction.IMPORT_FAILED), 0, 1).get(0);
        assertThat(failure.detail()).hasSizeLessThanOrEqualTo(AuditLog.DETAIL_LENGTH).endsWith("…");
        assertThat(jdbc.queryForObject("select max(length(detail)) from audit_entry", Integer.class))
                .isLessThanOrEqualTo(AuditLog.DETAIL_LENGTH);
    }

    @Test
    void aHugeDetailRecordedDirectlyIsCut() {
        auditLog.record("王五", AuditAction.IMPORT_FAILED, "x".repeat(10_000), "y".repeat(2_000_000));

        AuditEntry entry = auditLog.find(AuditFilter.all(), 0, 1).get(0);
        assertThat(entry.detail()).hasSize(AuditLog.DETAIL_LENGTH);
        assertThat(entry.target()).hasSizeLessThanOrEqualTo(500);
    }
}
