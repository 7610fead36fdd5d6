/**
 * The disclosure (部门预算公开说明 / 部门决算公开说明) as immutable records, one per section of the published text.
 * A figure the text does not state is {@code null}; a stated zero is {@link cn.districtbudget.core.money.Money#ZERO}.
 * Lists are never null (empty when the text has none). Nullness is declared: the package is {@code @NullMarked}
 * and every component that may be "not stated" is {@code @Nullable}.
 */
@NullMarked
package cn.districtbudget.core.disclosure;

import org.jspecify.annotations.NullMarked;
