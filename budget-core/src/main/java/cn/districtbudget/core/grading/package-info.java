/** Performance grades: threshold texts (优/良/中/差) as intervals, findings on badly written scales, grading values. */
package cn.districtbudget.core.grading;
