package cn.districtbudget.ui.architecture.violation.springdata;

import org.springframework.data.domain.PageRequest;

/** Uses Spring Data directly (and nothing of JPA). */
public class UsesPageable {
    public Object firstPage() {
        return PageRequest.of(0, 10);
    }
}
