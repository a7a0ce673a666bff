/**
 * Identity's part of the demo data: the organisation tree of 阿坝州 with one account for each built-in
 * administrator role and a county administrator, and the demo accounts other modules' demo data make
 * ({@link org.civitas.identity.DemoAccounts}). Runs only on the first start of an installation that wants
 * demo data; it writes through identity's repositories, as the first start does.
 */
package org.civitas.identity.internal.demo;
