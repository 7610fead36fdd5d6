package cn.districtbudget.data.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the audit log must do on every database; run on H2 and PostgreSQL by the subclasses. */
abstract class AuditContract {

    static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog springAuditLog;

    @BeforeEach
    void startEmpty() {
        jdbc.sql("delete from audit_entry").update();
    }

    private AuditLog at(Instant when) {
        return new AuditLog(jdbc, Clock.fixed(when, ZoneOffset.UTC));
    }

    @Test
    void recordsWhoWhenWhatAndReadsItBackNewestFirst() {
        at(T0).record("张三", AuditAction.IMPORT, "科协 2019年预算", "文件：a.txt");
        at(T0.plusSeconds(60)).record("李四", AuditAction.RESULT_EDIT, "科协 2019 科普活动覆盖率", "90% → 95%");

        List<AuditEntry> entries = springAuditLog.find(AuditFilter.all(), 0, 10);

        assertThat(entries).extracting(AuditEntry::actor).containsExactly("李四", "张三");
        AuditEntry first = entries.get(1);
        assertThat(first.occurredAt()).isEqualTo(T0);
        assertThat(first.action()).isEqualTo(AuditAction.IMPORT);
        assertThat(first.target()).isEqualTo("科协 2019年预算");
        assertThat(first.detail()).isEqualTo("文件：a.txt");
        assertThat(springAuditLog.count(AuditFilter.all())).isEqualTo(2);
    }

    @Test
    void filtersByActorActionTimeAndText() {
        at(T0).record("张三", AuditAction.IMPORT, "科协 2019年预算", "文件：a.txt");
        at(T0.plusSeconds(3600)).record("张三", AuditAction.RESULT_EDIT, "教育局 2020", "满意度 80% → 90%");
        at(T0.plusSeconds(7200)).record("admin", AuditAction.USER_CREATED, "leader", "角色：领导");
        at(T0.plusSeconds(7300)).record("匿名", AuditAction.LOGIN_FAILED, "leader", "密码错误 100%_x");

        assertThat(springAuditLog.find(AuditFilter.all().withActor("张三"), 0, 10))
                .extracting(AuditEntry::action).containsExactly(AuditAction.RESULT_EDIT, AuditAction.IMPORT);
        assertThat(springAuditLog.find(AuditFilter.all().withAction(AuditAction.USER_CREATED), 0, 10))
                .extracting(AuditEntry::target).containsExactly("leader");
        assertThat(springAuditLog.find(AuditFilter.all().between(T0.plusSeconds(3600), T0.plusSeconds(7200)), 0, 10))
                .extracting(AuditEntry::action).containsExactly(AuditAction.RESULT_EDIT);
        assertThat(springAuditLog.find(AuditFilter.all().containing("教育"), 0, 10))
                .extracting(AuditEntry::action).containsExactly(AuditAction.RESULT_EDIT);
        assertThat(springAuditLog.find(AuditFilter.all().containing("LEADER"), 0, 10)).hasSize(2);
        assertThat(springAuditLog.find(AuditFilter.all().containing("%_"), 0, 10))
                .extracting(AuditEntry::action).containsExactly(AuditAction.LOGIN_FAILED);
        assertThat(springAuditLog.find(AuditFilter.all().containing("_"), 0, 10)).hasSize(1);
        assertThat(springAuditLog.count(AuditFilter.all().withActor("张三").withAction(AuditAction.IMPORT)))
                .isEqualTo(1);
        assertThat(springAuditLog.actors()).containsExactly("admin", "匿名", "张三");
    }

    @Test
    void pagesThroughManyEntries() {
        for (int i = 0; i < 25; i++) {
            at(T0.plusSeconds(i)).record("张三", AuditAction.IMPORT, "文件" + i, null);
        }

        assertThat(springAuditLog.find(AuditFilter.all(), 0, 10)).first().extracting(AuditEntry::target)
                .isEqualTo("文件24");
        assertThat(springAuditLog.find(AuditFilter.all(), 20, 10)).extracting(AuditEntry::target)
                .containsExactly("文件4", "文件3", "文件2", "文件1", "文件0");
        assertThat(springAuditLog.count(AuditFilter.all())).isEqualTo(25);
    }

    @Test
    void blankActorIsTheSystemAndLongValuesAreCut() {
        springAuditLog.record(" ", AuditAction.ACCOUNT_LOCKED, "x".repeat(600), "d".repeat(5000));

        AuditEntry entry = springAuditLog.find(AuditFilter.all(), 0, 1).get(0);
        assertThat(entry.actor()).isEqualTo(AuditLog.SYSTEM);
        assertThat(entry.target()).hasSize(500).endsWith("…");
        assertThat(entry.detail()).hasSize(AuditLog.DETAIL_LENGTH).endsWith("…"); // issue 10 item 8: bounded
        assertThatThrownBy(() -> springAuditLog.record("a", null, "t", "d"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offersNoWayToChangeOrDeleteAnEntry() {
        assertThat(AuditLog.class.getMethods()).extracting(java.lang.reflect.Method::getName)
                .filteredOn(name -> name.matches("(?i).*(update|delete|remove|edit|change|clear|purge).*"))
                .isEmpty();
    }
}
