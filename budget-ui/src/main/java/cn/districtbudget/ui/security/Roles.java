package cn.districtbudget.ui.security;

import cn.districtbudget.data.account.Role;

/**
 * The role names for {@code @RolesAllowed} (annotations need constants; they equal {@link Role}'s names).
 * Every page lists the roles that may open it: dashboards and department pages
 * {@code {LEADER, STAFF, ADMIN}}, import and results entry {@code {STAFF, ADMIN}}, user administration and the
 * audit log {@code ADMIN}.
 */
public final class Roles {

    public static final String LEADER = "LEADER";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }

    /** The Spring Security authority of a role. */
    public static String authority(Role role) {
        return "ROLE_" + role.name();
    }
}
