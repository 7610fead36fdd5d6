package cn.districtbudget.ui.architecture.violation.persistence;

import jakarta.persistence.EntityManager;

/** Uses JPA directly (and nothing of Spring Data). */
public class UsesEntityManager {
    public Object find(EntityManager em) {
        return em.find(Object.class, 1L);
    }
}
