package cn.districtbudget.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.importing.ImportOutcome;
import cn.districtbudget.data.importing.ImportStatus;
import cn.districtbudget.ui.testsupport.KaribuTest;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** 合为一份公开 / 合并导入: a narrative PDF and its tables PDF uploaded together become one disclosure, one row. */
class ImportSetViewTest extends KaribuTest {

    private static final Path REAL = Path.of("..", "budget-core", "src", "test", "resources", "real");

    private static void upload(String name) throws IOException {
        UploadKt._upload(LocatorJ._get(Upload.class, spec -> spec.withId("upload")), name, "application/pdf",
                Files.readAllBytes(REAL.resolve(name)));
        MockVaadin.clientRoundtrip();
    }

    @Test
    void twoFilesChosenAsOneDisclosureAreImportedTogetherInOneRow() throws IOException {
        cn.districtbudget.ui.shell.Routes.navigate("import");
        LocatorJ._get(Checkbox.class, spec -> spec.withId("import-as-one")).setValue(true);
        Button importSet = LocatorJ._get(Button.class, spec -> spec.withId("import-set"));
        assertThat(importSet.isEnabled()).isFalse();

        upload("jiangsu-cppcc-office-2017-budget-narrative.pdf");
        upload("jiangsu-cppcc-office-2017-budget-tables.pdf");
        assertThat(LocatorJ._find(Grid.class, spec -> spec.withId("import-results")))
                .as("the files wait for 合并导入: no result yet").isEmpty();
        assertThat(importSet.getText()).isEqualTo("合并导入（2 个文件）");

        ButtonKt._click(importSet);
        MockVaadin.clientRoundtrip();
        MockVaadin.clientRoundtrip();

        Grid<ImportOutcome> results = LocatorJ._get(Grid.class, spec -> spec.withId("import-results"));
        assertThat(GridKt._size(results)).isEqualTo(1);
        ImportOutcome outcome = GridKt._get(results, 0);
        assertThat(outcome.status()).as(outcome.reason()).isEqualTo(ImportStatus.STORED);
        assertThat(outcome.fileName()).isEqualTo(
                "jiangsu-cppcc-office-2017-budget-narrative.pdf + jiangsu-cppcc-office-2017-budget-tables.pdf");
        assertThat(outcome.departmentName()).isEqualTo("江苏省政协办公厅");
        assertThat(outcome.year()).isEqualTo(2017);
        assertThat(importSet.isEnabled()).isFalse();
    }
}
