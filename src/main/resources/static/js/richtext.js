/*
 * Civitas rich-text editor: turns every <textarea data-richtext> into a Summernote editor (MIT,
 * https://summernote.org). The textarea stays the form field that is posted: it is visible and
 * usable when JavaScript is off, and on submit it receives the editor's HTML. The server sanitizes
 * whatever arrives (org.civitas.platform.RichText); this script only keeps the editor's output
 * inside what the sanitizer allows (alignment as classes, no inline styles), so that users do not
 * lose formatting needlessly. No inline scripts: the console's CSP is script-src 'self'.
 */
(function () {
  'use strict';

  var ALIGNMENT_CLASSES = { left: 'text-start', start: 'text-start', center: 'text-center',
    right: 'text-end', end: 'text-end', justify: 'text-justify' };

  function language() {
    var lang = (document.documentElement.lang || 'zh-CN').toLowerCase();
    return lang.indexOf('zh') === 0 && window.jQuery.summernote.lang['zh-CN'] ? 'zh-CN' : 'en-US';
  }

  /** Alignment styles become the classes the sanitizer allows; other inline styles are dropped. */
  function normalise(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    template.content.querySelectorAll('[style]').forEach(function (element) {
      var align = element.style.textAlign;
      if (align && ALIGNMENT_CLASSES[align]) {
        element.classList.add(ALIGNMENT_CLASSES[align]);
      }
      element.removeAttribute('style');
    });
    return template.innerHTML;
  }

  /** Uploads an image as the raw request body (streamed, like every upload) with the CSRF header. */
  function uploadImage(file) {
    return Civitas.upload(file);
  }

  /**
   * A toolbar button that marks the paragraph (or heading, list item, cell) at the cursor as Tibetan
   * (lang="bo"), or unmarks it: bilingual articles (阿坝州) tell screen readers, fonts and search which
   * parts are Tibetan. The sanitizer keeps lang attributes.
   */
  function tibetanButton(label) {
    return function (context) {
      var $ = window.jQuery;
      return $.summernote.ui.button({
        contents: label,
        tooltip: label,
        click: function () {
          var range = context.invoke('editor.getLastRange') || context.invoke('editor.createRange');
          var editable = context.layoutInfo.editable[0];
          var node = range && range.sc;
          while (node && node !== editable && !(node.nodeType === 1 && /^(P|H[2-6]|LI|BLOCKQUOTE|TD|TH|DIV|PRE)$/.test(node.nodeName))) {
            node = node.parentNode;
          }
          if (!node || node === editable) {
            return;
          }
          if (node.getAttribute('lang') === 'bo') {
            node.removeAttribute('lang');
          } else {
            node.setAttribute('lang', 'bo');
          }
          context.invoke('editor.focus');
        }
      }).render();
    };
  }

  function attach(textarea) {
    if (textarea.dataset.richtextReady) {
      return;
    }
    textarea.dataset.richtextReady = 'true';
    var $ = window.jQuery;
    var $textarea = $(textarea);
    // where inserted pictures are read from: a form may serve them itself, with its own access rule
    var scope = textarea.closest('[data-richtext-image-base]');
    var imageBase = scope ? scope.getAttribute('data-richtext-image-base') : '/api/v1/blobs/';
    $textarea.summernote({
      lang: language(),
      height: Number(textarea.dataset.richtextHeight || 360),
      disableDragAndDrop: true,
      disableResizeEditor: true,
      styleTags: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre'],
      toolbar: [
        ['style', ['style']],
        ['font', ['bold', 'italic', 'underline', 'strikethrough', 'superscript', 'subscript']],
        ['para', ['ul', 'ol', 'paragraph']],
        ['table', ['table']],
        ['insert', ['link', 'picture', 'hr']],
        ['language', ['tibetan']],
        ['tidy', ['clear', 'undo', 'redo']],
        ['help', ['help']]
      ],
      buttons: { tibetan: tibetanButton(textarea.dataset.richtextTibetan || 'བོད') },
      popover: {
        image: [['remove', ['removeMedia']]],
        link: [['link', ['linkDialogShow', 'unlink']]],
        table: [['add', ['addRowDown', 'addRowUp', 'addColLeft', 'addColRight']],
          ['delete', ['deleteRow', 'deleteCol', 'deleteTable']]]
      },
      callbacks: {
        // chosen or pasted image files go to the blob store and are inserted by address, never embedded
        // as data: URLs (which the sanitizer drops)
        onImageUpload: function (files) {
          Array.prototype.forEach.call(files, function (file) {
            uploadImage(file).then(function (blob) {
              $textarea.summernote('insertImage', imageBase + blob.id, function ($image) {
                $image.attr('alt', blob.filename);
              });
            }).catch(function (error) {
              window.alert(error.message);
            });
          });
        }
      }
    });
    var $editor = $textarea.next('.note-editor');
    // the resize bar is a mouse-only decoration; its aria-label is not allowed on a plain div
    $editor.find('.note-resizebar').removeAttr('aria-label').attr('aria-hidden', 'true');
    var $editable = $editor.find('.note-editable');
    var labelId = textarea.getAttribute('aria-labelledby');
    $editable.attr({ role: 'textbox', 'aria-multiline': 'true' });
    if (labelId) {
      $editable.attr('aria-labelledby', labelId);
    }
    var describedBy = textarea.getAttribute('aria-describedby');
    if (describedBy) {
      $editable.attr('aria-describedby', describedBy);
    }
    if (textarea.form) {
      textarea.form.addEventListener('submit', function () {
        var html = $textarea.summernote('isEmpty') ? '' : $textarea.summernote('code');
        textarea.value = normalise(html);
      });
    }
  }

  function start() {
    if (!window.jQuery || !window.jQuery.summernote) {
      return; // the editor's scripts did not load: the plain textarea remains usable
    }
    document.querySelectorAll('textarea[data-richtext]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
