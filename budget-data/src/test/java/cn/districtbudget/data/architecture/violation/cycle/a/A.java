package cn.districtbudget.data.architecture.violation.cycle.a;

import cn.districtbudget.data.architecture.violation.cycle.b.B;

/** Half of a package cycle. */
public class A {
    public B partner() {
        return new B();
    }
}
