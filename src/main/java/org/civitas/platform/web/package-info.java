/** Console web infrastructure shared by every module: locale, navigation model, error pages. */
package org.civitas.platform.web;
