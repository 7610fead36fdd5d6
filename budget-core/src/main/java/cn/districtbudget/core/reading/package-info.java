/** Reading the published text of a disclosure (部门预算/决算公开说明) into the domain model, with reading findings. */
package cn.districtbudget.core.reading;
