package cn.districtbudget.core.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The project's copies of the six real files (src/test/resources/real). */
final class RealFiles {

    static final String WANLI = "shanghai-putuo-wanli-street-2023-budget.pdf";
    static final String SOCIAL_WORK = "shanghai-putuo-social-work-dept-2024-final-accounts.pdf";
    static final String CPPCC_TABLES = "jiangsu-cppcc-office-2017-budget-tables.pdf";
    static final String CPPCC_NARRATIVE = "jiangsu-cppcc-office-2017-budget-narrative.pdf";
    static final String PROCURATORATE = "jiangsu-procuratorate-2018-budget.pdf";
    static final String TEMPLATE = "shanghai-putuo-2026-budget-tables-template-blank.xlsx";

    private RealFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = RealFiles.class.getResourceAsStream("/real/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource real/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TableReadResult read(String name) {
        return TableReader.read(name, bytes(name));
    }
}
