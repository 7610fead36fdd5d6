package cn.districtbudget.ui.shell;

import cn.districtbudget.ui.testsupport.KaribuTest;

import cn.districtbudget.ui.shell.EmptyState;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Before anything is imported every dashboard says so and links to the import page. */
class EmptyStateTest extends KaribuTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "sangong", "kpi", "departments", "quality"})
    void saysNothingIsImportedAndLinksToTheImportPage(String path) {
        cn.districtbudget.ui.shell.Routes.navigate(path);
        EmptyState state = LocatorJ._get(EmptyState.class);
        assertThat(state.getElement().getTextRecursively()).contains("尚未导入任何公开说明");
        assertThat(LocatorJ._get(state, Anchor.class).getHref()).isEqualTo("import");
    }
}
