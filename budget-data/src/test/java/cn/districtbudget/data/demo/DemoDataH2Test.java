package cn.districtbudget.data.demo;

import org.springframework.boot.test.context.SpringBootTest;

/** Demo data on H2. */
@SpringBootTest
class DemoDataH2Test extends DemoDataContract {
}
