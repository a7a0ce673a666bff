/** Exchange with the outside: the command line; later Lotus Notes DXL import and sync, backup and restore. */
package org.civitas.exchange;
