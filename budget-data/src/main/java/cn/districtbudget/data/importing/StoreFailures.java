package cn.districtbudget.data.importing;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * What a refused write means, from the typed cause only: the violated constraint's name as Hibernate reports it
 * ({@link org.hibernate.exception.ConstraintViolationException#getConstraintName()}), else the SQLState 23505 (unique
 * violation) of the driver's {@link SQLException}. Never from message text.
 */
final class StoreFailures {

    /** SQL standard SQLState of a unique violation (PostgreSQL and H2). */
    static final String UNIQUE_VIOLATION = "23505";
    /** The constraints another import creating the same region or department at the same moment violates. */
    static final Set<String> CREATION_CONSTRAINTS = Set.of("uk_region_key", "uk_department_name");

    private StoreFailures() {
    }

    /** {@link ImportFailure#CREATION_RACE}, {@link ImportFailure#DUPLICATE_DATA} or {@link ImportFailure#INVALID_DATA}. */
    static ImportFailure classify(Throwable failure) {
        boolean unique = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation) {
                if (isCreationConstraint(violation.getConstraintName())) {
                    return ImportFailure.CREATION_RACE;
                }
                unique |= violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                unique = true;
            }
        }
        return unique ? ImportFailure.DUPLICATE_DATA : ImportFailure.INVALID_DATA;
    }

    /**
     * True when {@code constraintName} is a creation constraint: PostgreSQL reports the name as declared
     * ({@code uk_region_key}); H2 reports its index, qualified and upper-case
     * ({@code "PUBLIC.UK_REGION_KEY_INDEX_8 ON PUBLIC.REGION(REGION_KEY …)"}).
     */
    static boolean isCreationConstraint(String constraintName) {
        if (constraintName == null) {
            return false;
        }
        String name = constraintName.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space);
        }
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        for (String creation : CREATION_CONSTRAINTS) {
            if (name.equals(creation) || name.startsWith(creation + "_index")) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, for the log and the INVALID_DATA detail. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
