/** The office's desk work on submitted items: editing, adoption (采用) and merging, near-duplicate detection, and placing adopted items into journal editions. */
package org.civitas.reporting.internal.adoption;
