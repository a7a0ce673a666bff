/** The site module's demo data: the 中国阿坝州 cluster, created only when demo data is switched on. */
package org.civitas.site.internal.demo;
