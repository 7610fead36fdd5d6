/**
 * One disclosure from the files that together publish it (a narrative and a tables file, or one PDF holding both):
 * the running text of each through the text reader, the standard tables through the table reader, the figures the
 * tables state added to the disclosure with their table, row and column, and every figure stated both in the text
 * and in a table compared ({@link cn.districtbudget.core.assembly.DisclosureAssembler}).
 */
@NullMarked
package cn.districtbudget.core.assembly;

import org.jspecify.annotations.NullMarked;
