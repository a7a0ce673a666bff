/* Elder-friendly mode: switched in the browser and remembered there, so every visitor gets the same cached page bytes. */
(function () {
  var KEY = 'civitas-elder';
  var on = false;
  try { on = window.localStorage.getItem(KEY) === '1'; } catch (e) { /* storage blocked: the mode lasts for the page */ }
  if (on) { document.documentElement.classList.add('elder'); }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (!button) { return; }
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.addEventListener('click', function () {
      on = !on;
      document.documentElement.classList.toggle('elder', on);
      button.setAttribute('aria-pressed', on ? 'true' : 'false');
      try { window.localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* not remembered */ }
    });
  });
})();
