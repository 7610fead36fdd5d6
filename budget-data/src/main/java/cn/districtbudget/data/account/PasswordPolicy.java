package cn.districtbudget.data.account;

import java.nio.charset.StandardCharsets;

/** The rules a new password must meet. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads at most 72 bytes. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Throws {@link AccountRejected} with the reason when the password is not acceptable. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new AccountRejected("密码至少需要 " + MIN_LENGTH + " 个字符");
        }
        if (password.strip().length() != password.length()) {
            throw new AccountRejected("密码不能以空格开头或结尾");
        }
        if (password.codePoints().distinct().count() < 3) {
            throw new AccountRejected("密码过于简单：至少包含三个不同的字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRejected("密码过长：最多 " + MAX_BYTES + " 个字节（约 24 个汉字）");
        }
    }
}
