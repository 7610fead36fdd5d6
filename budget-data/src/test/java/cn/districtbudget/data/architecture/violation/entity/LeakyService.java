package cn.districtbudget.data.architecture.violation.entity;

/** A public method that hands out an entity. */
public class LeakyService {
    public StrayEntity find() {
        return new StrayEntity();
    }
}
