/*
 * Article editor: uploads the cover and attachments to the blob store (/api/v1/blobs) as the raw
 * request body, so files of any size are streamed, and keeps their ids in the form's hidden fields.
 * No inline scripts (the console's CSP is script-src 'self').
 */
(function () {
  'use strict';

  /** Uploads one file; resolves with the stored blob ({id, filename, ...}). */
  function upload(file) {
    return Civitas.upload(file);
  }

  function status(box, text, failed) {
    var out = box.querySelector('[data-upload-status]');
    out.textContent = text;
    out.classList.toggle('text-danger', !!failed);
  }

  function single(box) {
    var input = box.querySelector('[data-upload-file]');
    var value = box.querySelector('[data-upload-value]');
    input.addEventListener('change', function () {
      if (!input.files.length) {
        return;
      }
      var file = input.files[0];
      status(box, '…');
      upload(file).then(function (blob) {
        value.value = blob.id;
        var preview = box.querySelector('[data-upload-preview]');
        if (!preview) {
          preview = document.createElement('img');
          preview.setAttribute('data-upload-preview', '');
          preview.className = 'img-thumbnail mb-2 d-block';
          preview.style.maxHeight = '120px';
          input.parentNode.insertBefore(preview, input);
        }
        preview.src = '/api/v1/blobs/' + blob.id;
        preview.alt = blob.filename;
        status(box, blob.filename);
      }).catch(function (e) { status(box, e.message, true); });
    });
    box.querySelector('[data-upload-clear]').addEventListener('click', function () {
      value.value = '';
      var preview = box.querySelector('[data-upload-preview]');
      if (preview) {
        preview.remove();
      }
      input.value = '';
      status(box, '');
    });
  }

  function removable(item) {
    item.querySelector('[data-upload-remove]').addEventListener('click', function () { item.remove(); });
  }

  function list(box) {
    var input = box.querySelector('[data-upload-file]');
    var items = box.querySelector('[data-upload-items]');
    var removeLabel = box.dataset.removeLabel;
    items.querySelectorAll('li').forEach(removable);
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files);
      status(box, '…');
      files.reduce(function (previous, file) {
        return previous.then(function () {
          return upload(file).then(function (blob) {
            var item = document.createElement('li');
            item.className = 'd-flex align-items-center gap-2';
            var hidden = document.createElement('input');
            hidden.type = 'hidden';
            hidden.name = 'attachmentBlobIds';
            hidden.value = blob.id;
            var link = document.createElement('a');
            link.href = '/api/v1/blobs/' + blob.id;
            link.textContent = blob.filename;
            var remove = document.createElement('button');
            remove.type = 'button';
            remove.className = 'btn btn-sm btn-link text-danger';
            remove.setAttribute('data-upload-remove', '');
            remove.textContent = removeLabel;
            item.append(hidden, link, remove);
            items.appendChild(item);
            removable(item);
          });
        });
      }, Promise.resolve()).then(function () {
        status(box, '');
        input.value = '';
      }).catch(function (e) { status(box, e.message, true); });
    });
  }

  function start() {
    document.querySelectorAll('[data-upload-single]').forEach(single);
    document.querySelectorAll('[data-upload-list]').forEach(list);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
