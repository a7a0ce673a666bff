/** The console pages and the JSON API of the information desk, one sub-package per aggregate; here what they share. */
package org.civitas.reporting.web;
