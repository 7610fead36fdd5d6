package cn.districtbudget.data.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The rules a new password must meet (docs/security.md): at least {@value #MIN_LENGTH} characters, at most
 * {@value #MAX_BYTES} bytes, no leading or trailing space, at least {@value #MIN_DISTINCT} distinct characters, and
 * not one of the common passwords of {@value #COMMON_PASSWORDS} (compared case-insensitively).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** BCrypt reads at most 72 bytes. */
    public static final int MAX_BYTES = 72;
    /** Three or fewer distinct characters ({@code abcabcab}) are refused. */
    public static final int MIN_DISTINCT = 4;
    static final String COMMON_PASSWORDS = "/account/common-passwords.txt";

    private static final Set<String> COMMON = load();

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
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new AccountRejected("密码过长：最多 " + MAX_BYTES + " 个字节（约 24 个汉字）");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new AccountRejected("密码过于简单：至少包含四个不同的字符");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new AccountRejected("密码过于常见，容易被猜中，请换一个");
        }
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS);
            }
            Set<String> common = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        common.add(entry.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return Set.copyOf(common);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
