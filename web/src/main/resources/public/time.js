// Deadlines are published and shown in UTC; with JavaScript, each one also says when that is where the reader is.
(function () {
  if (!window.Intl || !Intl.DateTimeFormat) {
    return;
  }
  var format = new Intl.DateTimeFormat(undefined, {
    day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  document.querySelectorAll('time[data-local]').forEach(function (time) {
    var when = new Date(time.getAttribute('datetime'));
    if (isNaN(when.getTime())) {
      return;
    }
    var local = document.createElement('span');
    local.className = 'local-time';
    local.textContent = ' (your time: ' + format.format(when) + ')';
    time.insertAdjacentElement('afterend', local);
  });
})();
