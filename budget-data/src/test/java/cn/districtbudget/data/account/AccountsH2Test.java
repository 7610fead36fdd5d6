package cn.districtbudget.data.account;

import org.springframework.boot.test.context.SpringBootTest;

/** User accounts on H2. */
@SpringBootTest
class AccountsH2Test extends AccountsContract {
}
