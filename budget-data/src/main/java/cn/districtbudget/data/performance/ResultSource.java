package cn.districtbudget.data.performance;

/** Where a result value came from. */
public enum ResultSource {
    /** Typed into the results grid. */
    ENTERED,
    /** Read from an uploaded CSV or .xlsx file. */
    IMPORTED,
    /** Written by the demo data generator. */
    DEMO
}
