package cn.districtbudget.data.performance;

import org.springframework.boot.test.context.SpringBootTest;

/** Performance results on H2. */
@SpringBootTest
class PerformanceH2Test extends PerformanceContract {
}
