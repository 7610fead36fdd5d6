package cn.districtbudget.data.dashboard;

import org.springframework.boot.test.context.SpringBootTest;

/** Dashboard queries on H2. */
@SpringBootTest
class DashboardH2Test extends DashboardContract {
}
