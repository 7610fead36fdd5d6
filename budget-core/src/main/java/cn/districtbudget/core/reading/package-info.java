/**
 * Reading the published text of a disclosure (部门预算/决算公开, any province, whole or excerpt) into the domain
 * model, with reading findings: identity from whatever the text offers ({@code Identity}, {@link
 * cn.districtbudget.core.reading.ReadingHints}), figures by meaning through one lexicon ({@code Lexicon},
 * {@code ConceptReader}), each with its evidence; the district layout's tables by their own readers.
 */
package cn.districtbudget.core.reading;
