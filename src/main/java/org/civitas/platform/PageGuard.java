package org.civitas.platform;

/**
 * Whether the signed-in user may open a console page. A page whose access depends on more than one
 * permission (a scope, a site one manages) has one guard that both its controller and its menu entry ask,
 * so that the menu never shows an entry that ends in a refusal.
 */
@FunctionalInterface
public interface PageGuard {

    /** Whether the current user may open the page now. */
    boolean admits();
}
