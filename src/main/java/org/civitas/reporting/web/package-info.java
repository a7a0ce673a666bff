/** The console pages and the JSON API of the information desk. */
package org.civitas.reporting.web;
