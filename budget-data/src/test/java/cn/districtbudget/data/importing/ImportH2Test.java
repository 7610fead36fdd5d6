package cn.districtbudget.data.importing;

import org.springframework.boot.test.context.SpringBootTest;

/** Import on the embedded H2 database. */
@SpringBootTest
class ImportH2Test extends ImportContract {
}
