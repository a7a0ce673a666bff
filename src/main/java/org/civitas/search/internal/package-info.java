/** Index documents, Chinese analysis, the Hibernate Search mapping, event listeners, queries and reindexing. */
package org.civitas.search.internal;
