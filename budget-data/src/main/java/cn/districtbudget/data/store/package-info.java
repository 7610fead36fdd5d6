/**
 * How disclosures are stored: package-private JPA entities, the writer and loader that map them to and from core's
 * {@code Disclosure}, and the services other packages call ({@code DisclosureStore}, {@code StoredDepartmentCatalog}, {@code StoredDepartmentPages}: the department page in one
 * call of four statements).
 * No Spring Data repositories; no entity leaves this package (DataArchitectureTest).
 */
package cn.districtbudget.data.store;
