// Sends the CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", function (event) {
  Civitas.csrfHeaders(event.detail.headers);
});

// A refused save that came back as a redirect: put what was typed back into the form it was posted to
// (the server kept it as #typed-form). Hidden and file fields keep the page's own values.
(function () {
  var typed = document.getElementById("typed-form");
  if (!typed) { return; }
  var action = typed.getAttribute("data-action");
  var form = Array.prototype.find.call(document.querySelectorAll('form[method="post"]'), function (f) {
    return new URL(f.action, location.href).pathname === action;
  });
  if (!form) { return; }
  var values = {};
  typed.querySelectorAll("data").forEach(function (d) {
    var name = d.getAttribute("data-name");
    (values[name] = values[name] || []).push(d.value);
  });
  Object.keys(values).forEach(function (name) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name !== name || field.type === "hidden" || field.type === "file" || field.type === "password") { return; }
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = values[name].indexOf(field.value) >= 0;
      } else if (field.tagName === "SELECT" && field.multiple) {
        Array.prototype.forEach.call(field.options, function (o) { o.selected = values[name].indexOf(o.value) >= 0; });
      } else {
        field.value = values[name][0];
      }
    });
  });
})();
