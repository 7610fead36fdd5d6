package cn.districtbudget.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DepartmentKeyTest {

    @Test
    void namesAreComparedWithoutWidthSpacesAndPunctuation() {
        assertThat(DepartmentKey.normalise("山海关区 科学技术协会")).isEqualTo("山海关区科学技术协会");
        assertThat(DepartmentKey.normalise("山海关区\u3000科学技术协会\t")).isEqualTo("山海关区科学技术协会");
        assertThat(DepartmentKey.normalise("山海关区（科学技术协会）")).isEqualTo("山海关区科学技术协会");
        assertThat(DepartmentKey.normalise("ＡＢＣ局１")).isEqualTo("ABC局1");
        assertThat(DepartmentKey.normalise("“三公”局·办公室")).isEqualTo("三公局办公室");
        assertThat(DepartmentKey.normalise(null)).isEmpty();
        assertThat(DepartmentKey.normalise("统计局")).isNotEqualTo(DepartmentKey.normalise("统计处"));
    }

    @Test
    void theCodeDecidesWhenBothStateOneElseTheName() {
        DepartmentKey kexie = new DepartmentKey(" 731 ", "山海关区科学技术协会");
        assertThat(kexie.code()).isEqualTo("731");
        assertThat(kexie.sameDepartment(new DepartmentKey("731", "科协"))).as("same code, other name").isTrue();
        assertThat(kexie.sameDepartment(new DepartmentKey("732", "山海关区科学技术协会"))).as("other code").isFalse();
        assertThat(kexie.sameDepartment(new DepartmentKey(null, "山海关区 科学技术协会"))).as("no code: name").isTrue();
        assertThat(kexie.sameDepartment(new DepartmentKey("", "山海关区档案馆"))).isFalse();
        assertThat(new DepartmentKey(null, null).sameDepartment(new DepartmentKey(null, " "))).as("no names").isFalse();
        assertThat(DepartmentKey.of(Department.named("山海关区　统计局")).name()).isEqualTo("山海关区统计局");
    }

    @Test
    void aRegionKeyJoinsItsNormalisedParts() {
        assertThat(DepartmentKey.regionKey(new Region("河北省", "秦皇岛市", "山海关 区"))).isEqualTo("河北省|秦皇岛市|山海关区");
        assertThat(DepartmentKey.regionKey(Region.UNKNOWN)).isEqualTo("||");
    }
}
