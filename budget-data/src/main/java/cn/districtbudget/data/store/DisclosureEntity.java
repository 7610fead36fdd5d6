package cn.districtbudget.data.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One stored revision of a disclosure with its scalar sections; lists live in the child tables. */
@Entity
@Table(name = "disclosure")
class DisclosureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_seq")
    @SequenceGenerator(name = "disclosure_seq", sequenceName = "disclosure_seq", allocationSize = 50)
    Long id;
    @Column(name = "department_id") Long departmentId;
    @Column(name = "region_id") Long regionId;
    @Column(name = "fiscal_year") int year;
    String kind;
    int revision;
    @Column(name = "is_current") boolean current;
    @Column(name = "money_unit") String moneyUnit;
    @Column(name = "file_name") String fileName;
    String sha256;
    @Column(name = "imported_by") String importedBy;
    @Column(name = "imported_at") Instant importedAt;
    @Column(name = "finding_count") int findingCount;
    @Column(name = "error_count") int errorCount;

    @Column(name = "dep_name") String depName;
    @Column(name = "dep_code") String depCode;
    @Column(name = "dep_province") String depProvince;
    @Column(name = "dep_city") String depCity;
    @Column(name = "dep_district") String depDistrict;
    @Column(name = "dep_nature") String depNature;
    @Column(name = "dep_rank") String depRank;
    @Column(name = "dep_funding_form") String depFundingForm;
    @Column(name = "dep_duties") String depDuties;

    @Column(name = "rev_total") BigDecimal revTotal;
    @Column(name = "rev_general_public") BigDecimal revGeneralPublic;
    @Column(name = "rev_government_fund") BigDecimal revGovernmentFund;
    @Column(name = "rev_special_account") BigDecimal revSpecialAccount;
    @Column(name = "rev_other") BigDecimal revOther;

    @Column(name = "exp_total") BigDecimal expTotal;
    @Column(name = "exp_basic") BigDecimal expBasic;
    @Column(name = "exp_personnel") BigDecimal expPersonnel;
    @Column(name = "exp_public_use") BigDecimal expPublicUse;
    @Column(name = "exp_project") BigDecimal expProject;
    @Column(name = "exp_project_description") String expProjectDescription;

    @Column(name = "pyc_prior_year") Integer pycPriorYear;
    @Column(name = "pyc_total") BigDecimal pycTotal;
    @Column(name = "pyc_total_note") String pycTotalNote;
    @Column(name = "pyc_total_stated") boolean pycTotalStated;
    @Column(name = "pyc_basic") BigDecimal pycBasic;
    @Column(name = "pyc_basic_note") String pycBasicNote;
    @Column(name = "pyc_basic_stated") boolean pycBasicStated;
    @Column(name = "pyc_project") BigDecimal pycProject;
    @Column(name = "pyc_project_note") String pycProjectNote;
    @Column(name = "pyc_project_stated") boolean pycProjectStated;

    @Column(name = "opc_total") BigDecimal opcTotal;

    @Column(name = "tp_total") BigDecimal tpTotal;
    @Column(name = "tp_outbound") BigDecimal tpOutbound;
    @Column(name = "tp_vehicles") BigDecimal tpVehicles;
    @Column(name = "tp_vehicle_purchase") BigDecimal tpVehiclePurchase;
    @Column(name = "tp_vehicle_operation") BigDecimal tpVehicleOperation;
    @Column(name = "tp_reception") BigDecimal tpReception;
    @Column(name = "tpc_total") BigDecimal tpcTotal;
    @Column(name = "tpc_total_note") String tpcTotalNote;
    @Column(name = "tpc_total_stated") boolean tpcTotalStated;
    @Column(name = "tpc_outbound") BigDecimal tpcOutbound;
    @Column(name = "tpc_outbound_note") String tpcOutboundNote;
    @Column(name = "tpc_outbound_stated") boolean tpcOutboundStated;
    @Column(name = "tpc_vehicles") BigDecimal tpcVehicles;
    @Column(name = "tpc_vehicles_note") String tpcVehiclesNote;
    @Column(name = "tpc_vehicles_stated") boolean tpcVehiclesStated;
    @Column(name = "tpc_vehicle_purchase") BigDecimal tpcVehiclePurchase;
    @Column(name = "tpc_vehicle_purchase_note") String tpcVehiclePurchaseNote;
    @Column(name = "tpc_vehicle_purchase_stated") boolean tpcVehiclePurchaseStated;
    @Column(name = "tpc_vehicle_operation") BigDecimal tpcVehicleOperation;
    @Column(name = "tpc_vehicle_operation_note") String tpcVehicleOperationNote;
    @Column(name = "tpc_vehicle_operation_stated") boolean tpcVehicleOperationStated;
    @Column(name = "tpc_reception") BigDecimal tpcReception;
    @Column(name = "tpc_reception_note") String tpcReceptionNote;
    @Column(name = "tpc_reception_stated") boolean tpcReceptionStated;
    @Column(name = "tp_meeting_remark") String tpMeetingRemark;
    @Column(name = "tp_training_remark") String tpTrainingRemark;

    @Column(name = "perf_table_header") String perfTableHeader;
    @Column(name = "procurement_note") String procurementNote;
    @Column(name = "assets_as_of") LocalDate assetsAsOf;
    @Column(name = "assets_total_count") Integer assetsTotalCount;
    @Column(name = "assets_total_value") BigDecimal assetsTotalValue;

    @Version
    long version;
}
