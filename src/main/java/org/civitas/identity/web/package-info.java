/** Identity console pages and API: login, organisations, users, roles and grants, profile, tokens, /api/v1/me. */
package org.civitas.identity.web;
