package cn.districtbudget.core.architecture.violation.cycle.b;

import cn.districtbudget.core.architecture.violation.cycle.a.A;

/** The other half of a package cycle. */
public class B {
    public A partner() {
        return new A();
    }
}
