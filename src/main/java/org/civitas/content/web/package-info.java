/** Console pages and the REST API for writing articles, and the per-site article settings. */
package org.civitas.content.web;
