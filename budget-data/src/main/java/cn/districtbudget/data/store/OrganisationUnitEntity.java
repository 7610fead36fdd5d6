package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "organisation_unit")
class OrganisationUnitEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    Long id;
    @Column(name = "disclosure_id")
    Long disclosureId;
    int position;
    String name;
    String nature;
    @Column(name = "unit_rank")
    String rank;
    @Column(name = "funding_form")
    String fundingForm;
}
