package cn.districtbudget.core.architecture.violation;

import com.vaadin.archfixture.FrameworkStandIn;

/** Depends on a class in a framework package. */
public class UsesFramework {
    public Object framework() {
        return new FrameworkStandIn();
    }
}
