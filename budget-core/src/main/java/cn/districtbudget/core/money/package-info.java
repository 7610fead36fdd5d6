/**
 * Exact money: {@link cn.districtbudget.core.money.Money} in yuan with fen precision, shown in 万元 as disclosures do.
 * Nullness is declared ({@code @NullMarked}); a Money is never null inside, and "not stated" is a null Money outside.
 */
@NullMarked
package cn.districtbudget.core.money;

import org.jspecify.annotations.NullMarked;
