package cn.districtbudget.data.performance;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.audit.AuditAction;
import cn.districtbudget.data.audit.AuditEntry;
import cn.districtbudget.data.audit.AuditFilter;
import cn.districtbudget.data.audit.AuditLog;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.support.DatabaseCleaner;
import cn.districtbudget.data.support.FixtureReadingPipeline;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every results edit (typed or imported) is in the audit log with who and what; demo data is not. */
abstract class ResultEditAuditContract {

    @Autowired
    PerformanceResults results;
    @Autowired
    DisclosureImporter importer;
    @Autowired
    FixtureReadingPipeline pipeline;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    long department;

    @BeforeEach
    void importTheDepartment() {
        DatabaseCleaner.clean(jdbc);
        pipeline.register("culture23", PerformanceFixture.culture(2023), List.of());
        ImportOutcome outcome = importer.importText("culture23.txt", "culture23", "测试");
        assertThat(outcome.failed()).as(outcome.reason()).isFalse();
        department = outcome.departmentId();
        jdbc.update("delete from audit_entry");
    }

    @Test
    void typedEditsAreAuditedWithUserOldAndNewValue() {
        ResultKey key = new ResultKey(department, 2023, PerformanceFixture.WORK, "完成率");
        IndicatorResult first = results.save(key, "86", null, "张三");
        results.save(key, "96", first.version(), "李四");

        List<AuditEntry> entries = audit.find(AuditFilter.all().withAction(AuditAction.RESULT_EDIT), 0, 10);
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("李四", "张三");
        AuditEntry latest = entries.get(0);
        assertThat(latest.target()).contains("2023年").contains(PerformanceFixture.WORK).contains("完成率");
        assertThat(latest.detail()).contains("86 → 96").contains("页面录入");
        assertThat(entries.get(1).detail()).contains("空 → 86");
    }

    @Test
    void demoResultsAreNotAuditedButImportedOnesAre() {
        ResultKey key = new ResultKey(department, 2023, PerformanceFixture.WORK, "完成率");
        results.store(key, new BigDecimal("90"), ResultSource.DEMO, "系统");
        assertThat(audit.count(AuditFilter.all())).isZero();

        results.store(key, new BigDecimal("91"), ResultSource.IMPORTED, "导入员");
        AuditEntry imported = audit.find(AuditFilter.all(), 0, 1).get(0);
        assertThat(imported.actor()).isEqualTo("导入员");
        assertThat(imported.action()).isEqualTo(AuditAction.RESULT_EDIT);
        assertThat(imported.detail()).contains("90 → 91").contains("文件导入");
    }
}
