package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "procurement_item")
class ProcurementItemEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "child_seq")
    @SequenceGenerator(name = "child_seq", sequenceName = "child_seq", allocationSize = 50)
    Long id;
    @Column(name = "disclosure_id")
    Long disclosureId;
    int position;
    String project;
    @Column(name = "item_name")
    String itemName;
    @Column(name = "catalogue_number")
    String catalogueNumber;
    @Column(name = "quantity_unit")
    String quantityUnit;
    BigDecimal quantity;
    @Column(name = "unit_price")
    BigDecimal unitPrice;
    BigDecimal amount;
}
