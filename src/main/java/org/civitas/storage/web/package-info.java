/** The blob API: streamed uploads (raw body or multipart) and downloads with byte ranges. */
package org.civitas.storage.web;
