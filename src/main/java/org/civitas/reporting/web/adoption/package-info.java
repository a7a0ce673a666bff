/** The office editor's work on a submission: edit, pre-adopt, adopt, return, merge, and placing it in a journal edition. */
package org.civitas.reporting.web.adoption;
