// The embed builder previews at once: any change of the form sends it (the page works without this, by the button).
(function () {
  var form = document.querySelector('.builder-form');
  if (!form) {
    return;
  }
  var timer;
  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { form.submit(); }, 300);
  });
  document.querySelectorAll('.snippets textarea').forEach(function (area) {
    area.addEventListener('focus', function () { area.select(); });
  });
})();
