package com.vaadin.archfixture;

/**
 * Test-only stand-in for a framework class (frameworks are not on budget-core's classpath), so the architecture
 * test can prove its framework rule fails.
 */
public class FrameworkStandIn {
}
