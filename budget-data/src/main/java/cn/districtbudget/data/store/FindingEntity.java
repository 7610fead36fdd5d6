package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "finding")
class FindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    Long id;
    @Column(name = "disclosure_id")
    Long disclosureId;
    int position;
    @Column(name = "rule_id")
    String rule;
    String severity;
    String section;
    String message;
    @Column(name = "line_number")
    Integer line;
}
