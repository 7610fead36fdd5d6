/**
 * Checks of the standard tables, within one table and across tables: a fixed list of rules
 * ({@link cn.districtbudget.core.tables.check.TableRule}) with stable ids {@code TBL-…}, run by
 * {@link cn.districtbudget.core.tables.check.TableChecker}. A rule whose inputs are not stated is
 * {@link cn.districtbudget.core.tables.check.TableOutcome.Status#INSUFFICIENT_DATA}, never passed. See docs/tables.md.
 */
package cn.districtbudget.core.tables.check;
