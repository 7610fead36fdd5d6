package cn.districtbudget.data.importing;

import cn.districtbudget.data.TestApplication;
import cn.districtbudget.data.demo.DemoDistrictGenerator;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Run in a forked JVM by {@link ImportCrashTest}: imports the 400 demo-district documents (the real reader) into the
 * H2 file database {@code args[0]} as the command-line import does, printing {@code 已导入 FILE} for each file as
 * soon as the importer reports it stored, until the test kills the process.
 */
public final class ImportUntilKilledMain {

    private ImportUntilKilledMain() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + args[0] + ";AUTO_SERVER=FALSE",
                        "--budget.demo.enabled=false", "--logging.level.root=warn"); // over application.properties
        DisclosureImporter importer = TestImporters.real(context);
        List<NamedText> texts = new DemoDistrictGenerator().documents(DemoDistrictGenerator.DistrictSpec.demo())
                .stream().map(d -> new NamedText(d.fileName(), d.text())).toList();
        System.out.println("开始 " + texts.size());
        System.out.flush();
        importer.importTexts(texts, "crash-test", (done, total, outcome) -> {
            if (!outcome.failed()) {
                System.out.println(outcome.status().label().startsWith("已导入") ? "已导入 " + outcome.fileName()
                        : "其他 " + outcome.fileName());
                System.out.flush();
            }
        });
        System.out.println("完成");
        context.close();
    }
}
