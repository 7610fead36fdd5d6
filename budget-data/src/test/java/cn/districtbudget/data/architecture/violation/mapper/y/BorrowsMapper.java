package cn.districtbudget.data.architecture.violation.mapper.y;

import cn.districtbudget.data.architecture.violation.mapper.x.NameMapper;

/** Package y borrows package x's mapper. */
public class BorrowsMapper {
    public Object mapper() {
        return new NameMapper();
    }
}
