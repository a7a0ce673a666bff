/** Implementation of the content module: article aggregate, versions, publication tables, review integration. */
package org.civitas.content.internal;
