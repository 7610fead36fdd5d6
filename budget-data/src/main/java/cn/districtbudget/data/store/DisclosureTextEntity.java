package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "disclosure_text")
class DisclosureTextEntity {
    @Id
    @Column(name = "disclosure_id")
    Long disclosureId;
    String content;
}
