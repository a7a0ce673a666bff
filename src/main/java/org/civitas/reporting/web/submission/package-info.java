/** The units' submissions in the console (write, sign off, send, files) and their JSON API, and how a submission shows in the review inbox. */
package org.civitas.reporting.web.submission;
