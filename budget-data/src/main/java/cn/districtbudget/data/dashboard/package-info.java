/** Dashboard queries: aggregations computed in the database, returned as read-model records of core types. */
package cn.districtbudget.data.dashboard;
