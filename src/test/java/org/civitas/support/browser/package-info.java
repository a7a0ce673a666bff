/** Browser tests: Playwright driving Debian's Chromium against the application on a random port. */
package org.civitas.support.browser;
