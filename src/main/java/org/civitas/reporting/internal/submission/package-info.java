/** Submissions (报送) of reporting units: the aggregate and its repository, what a writer may type, Word import, files, visibility, and the unit head's sign-off. */
package org.civitas.reporting.internal.submission;
