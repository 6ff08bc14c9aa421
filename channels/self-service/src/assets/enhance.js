// Optional progressive enhancement; every page works without it. Moves focus to the error summary (GOV.UK) and
// stops a second click from posting a form twice (the server would apply it once anyway).
(function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.getAttribute('data-submitted')) { event.preventDefault(); return; }
    form.setAttribute('data-submitted', '1');
  });
})();
