package cn.districtbudget.data.audit;

import org.springframework.boot.test.context.SpringBootTest;

/** Audit entries of imports on H2. */
@SpringBootTest
class ImportAuditH2Test extends ImportAuditContract {
}
