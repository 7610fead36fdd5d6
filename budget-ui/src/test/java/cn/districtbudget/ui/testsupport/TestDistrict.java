package cn.districtbudget.ui.testsupport;

import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small known district made from the real sample: 科协 (731) in 2018 and 2019, and a second department
 * (档案馆, 732) in 2019 whose 三公 rose by a stated 0.31 万元. Importing twice changes nothing.
 */
public final class TestDistrict {

    public static final String KEXIE = "山海关区科学技术协会";
    public static final String ARCHIVES = "山海关区档案馆";

    private TestDistrict() {
    }

    public static String sample() {
        try (InputStream in = TestDistrict.class.getResourceAsStream("/samples/shanhaiguan-kexie-2019-budget.txt")) {
            if (in == null) {
                throw new IllegalStateException("sample not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String kexie2018() {
        return sample().replace("2018", "2017").replace("2019", "2018");
    }

    public static String archives2019() {
        return sample().replace("科学技术协会", "档案馆").replace("731科协", "732档案")
                .replace("“三公”经费预算总额减少0.31万元", "“三公”经费预算总额增加0.31万元");
    }

    public static List<ImportOutcome> importInto(DisclosureImporter importer) {
        return List.of(
                importer.importText("kexie-2019.txt", sample(), "test"),
                importer.importText("kexie-2018.txt", kexie2018(), "test"),
                importer.importText("archives-2019.txt", archives2019(), "test"));
    }
}
