/* Elder-friendly mode: switched in the browser and remembered there, so every visitor gets the same cached page bytes. */
(function () {
  var KEY = 'civitas-elder';
  var on = false;
  try { on = window.localStorage.getItem(KEY) === '1'; } catch (e) { /* storage blocked: the mode lasts for the page */ }
  if (on) { document.documentElement.classList.add('elder'); }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (!button) { return; }
    // the button names what a click does, so a visitor in the mode reads how to leave it
    function label() { button.textContent = on ? button.dataset.labelOn : button.dataset.labelOff; }
    label();
    button.addEventListener('click', function () {
      on = !on;
      document.documentElement.classList.toggle('elder', on);
      label();
      try { window.localStorage.setItem(KEY, on ? '1' : '0'); } catch (e) { /* not remembered */ }
    });
  });
})();
