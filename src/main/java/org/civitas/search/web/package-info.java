/** The public search page of every site and the console's search, terms and reindex pages. */
package org.civitas.search.web;
