package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "department")
class DepartmentEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    Long id;
    @Column(name = "region_id")
    Long regionId;
    String code;
    String name;
    @Column(name = "normalized_name")
    String normalizedName;
    String nature;
    @Column(name = "unit_rank")
    String rank;
    @Column(name = "funding_form")
    String fundingForm;
    @Version
    long version;
}
