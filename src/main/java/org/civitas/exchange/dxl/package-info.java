/** Reading Lotus Notes DXL exports: a streaming reader and the documents, items and files it yields. */
package org.civitas.exchange.dxl;
