package cn.districtbudget.data.performance;

import org.springframework.boot.test.context.SpringBootTest;

/** Audit entries of results edits on H2. */
@SpringBootTest
class ResultEditAuditH2Test extends ResultEditAuditContract {
}
