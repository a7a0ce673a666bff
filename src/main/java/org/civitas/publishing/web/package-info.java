/** Public site requests (pages, files, theme assets, the aggregation API), the cache filter and the console pages of publishing. */
package org.civitas.publishing.web;
