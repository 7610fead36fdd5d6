package cn.districtbudget.data.audit;

import org.springframework.boot.test.context.SpringBootTest;

/** The audit log on H2. */
@SpringBootTest
class AuditH2Test extends AuditContract {
}
