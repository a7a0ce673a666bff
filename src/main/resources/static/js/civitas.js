/*
 * What the console's scripts share, loaded by the layout before them (all deferred, so in order):
 * the CSRF header for script requests, and uploading a file as the raw request body (streamed, so
 * files of any size go through; the name travels in X-Filename).
 */
window.Civitas = (function () {
  'use strict';

  /** Adds the page's CSRF header to {@code headers} (a new object when none is given) and returns it. */
  function csrfHeaders(headers) {
    headers = headers || {};
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /**
   * POSTs a file as the raw request body to {@code url} (default /api/v1/blobs); resolves with the JSON
   * answer (for a blob: {id, filename, ...}), rejects with the server's reason.
   */
  function upload(file, url, headers) {
    headers = csrfHeaders(Object.assign({ 'Content-Type': file.type || 'application/octet-stream',
      'X-Filename': encodeURIComponent(file.name) }, headers || {}));
    return fetch(url || '/api/v1/blobs', { method: 'POST', headers: headers, body: file, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(problem.detail || response.statusText || String(response.status));
          });
        }
        return response.json();
      });
  }

  return { csrfHeaders: csrfHeaders, upload: upload };
})();
