package cn.districtbudget.data.department;

import cn.districtbudget.data.support.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The department page on the embedded H2 database. */
@SpringBootTest
@Import(StatementCounter.Config.class)
class DepartmentPageH2Test extends DepartmentPageContract {
}
