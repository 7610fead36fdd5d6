package cn.districtbudget.data.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/security.md: at least 8 characters, at most 72 bytes, more than three distinct characters, not common. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcabcab", "aaabbbccc", "121212121", "密码密码密码密码"})
    void refusesThreeOrFewerDistinctCharacters(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("四个不同的字符");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "qwertyui", "admin123", "Password1", "PASSWORD", "woaini1314",
            "1qaz2wsx", "iloveyou"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password))
                .isInstanceOf(AccountRejected.class).hasMessageContaining("常见");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdabcd", "leader-demo", "staff-demo", "admin-demo", "预算公开2025年度", "k7#Pq9!zW"})
    void acceptsOthers(String password) {
        assertThatCode(() -> PasswordPolicy.check(password)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", " leading-space", "trailing-space "})
    void keepsTheEarlierRules(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).isInstanceOf(AccountRejected.class);
    }

    @org.junit.jupiter.api.Test
    void theListIsLoadedAndReasonablySized() {
        org.assertj.core.api.Assertions.assertThat(PasswordPolicy.commonPasswordCount()).isBetween(150, 100_000);
    }
}
