package cn.districtbudget.ui.testsupport;

import cn.districtbudget.data.dashboard.DashboardQueries;
import cn.districtbudget.data.importing.DisclosureImporter;
import cn.districtbudget.data.importing.ImportOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The small district the view tests stand on reads and stores as intended. */
class TestDistrictImportTest extends UiSpringTest {

    @Autowired
    DisclosureImporter importer;
    @Autowired
    DashboardQueries queries;

    @Test
    void theThreeDocumentsAreStored() {
        var outcomes = TestDistrict.importInto(importer);
        assertThat(outcomes).noneMatch(ImportOutcome::failed);
        assertThat(outcomes).extracting(ImportOutcome::departmentName)
                .containsExactly(TestDistrict.KEXIE, TestDistrict.KEXIE, TestDistrict.ARCHIVES);
        long region = queries.regions().get(0).id();
        assertThat(queries.years(region)).containsExactly(2018, 2019);
        assertThat(queries.expenditureByDepartment(region, 2019)).hasSize(2);
        assertThat(queries.threePublicRises(region, 2019)).extracting(r -> r.departmentName()).contains(TestDistrict.ARCHIVES);
    }
}
