/*
 * Civitas submission form: imports a Word document into the body (POST /api/v1/submissions/word,
 * whose answer is sanitized HTML with pictures already stored) and manages the attachments, which
 * are uploaded one by one through /api/v1/blobs and kept as ids in the hidden "attachments" field.
 * Nothing the user typed is lost: an import is appended to the text already there, and the title
 * is only filled when empty (the document's heading, which the answer leaves out of the body, then
 * opens the imported text). Messages come from data-msg-* attributes (both languages).
 */
(function () {
  'use strict';

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (all, i) { return values[Number(i)]; });
  }

  /** POSTs a file as the raw request body; resolves with the JSON answer, rejects with the server's reason. */
  function post(url, file, contentType) {
    return Civitas.upload(file, url, { 'Content-Type': contentType || 'application/octet-stream',
      Accept: 'application/json' });
  }

  function size(bytes) {
    if (bytes < 1024) {
      return bytes + ' B';
    }
    var units = ['KB', 'MB', 'GB', 'TB'];
    var value = bytes / 1024;
    var unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return value.toFixed(1) + ' ' + units[unit];
  }

  function setStatus(element, text, error) {
    element.textContent = text;
    element.classList.toggle('text-danger', !!error);
    element.setAttribute('role', error ? 'alert' : 'status');
  }

  function wordImport(box) {
    var input = box.querySelector('input[type=file]');
    var status = box.querySelector('[aria-live]');
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) {
        return;
      }
      setStatus(status, box.dataset.msgImporting, false);
      input.disabled = true;
      post('/api/v1/submissions/word', file,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .then(function (result) {
          var title = document.getElementById('title');
          var body = result.body;
          if (title && !title.value.trim() && result.title) {
            title.value = result.title;
          } else if (result.title) {
            // the title field keeps what was typed, so the document's heading stays at the top of its text
            var heading = document.createElement('h2');
            heading.textContent = result.title;
            body = heading.outerHTML + body;
          }
          var textarea = document.getElementById('body');
          var $ = window.jQuery;
          if ($ && $(textarea).data('summernote')) {
            var current = $(textarea).summernote('isEmpty') ? '' : $(textarea).summernote('code');
            $(textarea).summernote('code', current + body);
          } else {
            textarea.value = (textarea.value || '') + body;
          }
          var message = format(box.dataset.msgImported, [result.pictures.length]);
          if (result.skippedPictures > 0) {
            message += ' ' + format(box.dataset.msgSkipped, [result.skippedPictures]);
          }
          setStatus(status, message, false);
        })
        .catch(function (error) {
          setStatus(status, format(box.dataset.msgFailed, [error.message]), true);
        })
        .finally(function () {
          input.disabled = false;
          input.value = '';
        });
    });
  }

  function attachments(box) {
    var hidden = document.getElementById('attachments');
    var list = box.querySelector('ul');
    var input = box.querySelector('input[type=file]');
    var status = box.querySelector('[aria-live]');

    function sync() {
      var ids = Array.prototype.map.call(list.querySelectorAll('li[data-blob-id]'), function (li) {
        return li.dataset.blobId;
      });
      hidden.value = ids.join(',');
    }

    function item(blob) {
      var li = document.createElement('li');
      li.className = 'list-group-item d-flex align-items-center gap-2';
      li.dataset.blobId = String(blob.id);
      var icon = document.createElement('i');
      icon.className = 'bi bi-paperclip';
      icon.setAttribute('aria-hidden', 'true');
      var link = document.createElement('a');
      link.href = '/admin/reporting/files/' + blob.id;
      link.textContent = blob.filename;
      var length = document.createElement('span');
      length.className = 'text-secondary small';
      length.textContent = size(blob.size);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn btn-sm btn-outline-danger ms-auto';
      remove.setAttribute('data-remove', '');
      remove.setAttribute('aria-label', format(box.dataset.msgRemove, [blob.filename]));
      remove.innerHTML = '<i class="bi bi-x-lg" aria-hidden="true"></i>';
      li.append(icon, link, length, remove);
      return li;
    }

    list.addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove]');
      if (button) {
        button.closest('li').remove();
        sync();
        input.focus();
      }
    });

    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files);
      input.value = '';
      var errors = [];
      // one after another: each upload streams, and the list keeps the order the user chose
      files.reduce(function (previous, file) {
        return previous.then(function () {
          setStatus(status, format(box.dataset.msgUploading, [file.name]), false);
          return post('/api/v1/blobs', file, file.type).then(function (blob) {
            list.appendChild(item(blob));
            sync();
          }).catch(function (error) {
            errors.push(format(box.dataset.msgFailed, [file.name, error.message]));
          });
        });
      }, Promise.resolve()).then(function () {
        setStatus(status, errors.join(' '), errors.length > 0);
      });
    });
  }

  function start() {
    var word = document.getElementById('word-import');
    if (word) {
      wordImport(word);
    }
    var widget = document.getElementById('attachments-widget');
    if (widget) {
      attachments(widget);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
