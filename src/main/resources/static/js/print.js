/* The console's 打印 (Print) buttons: a script file, as the console's content security policy allows no inline handlers. */
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
