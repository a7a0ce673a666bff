/** The information desk: reporting units, submissions (来稿), sign-off, adoption and near-duplicate detection. */
package org.civitas.reporting;
