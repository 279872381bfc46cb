// Inside the iframe embed: keep the embed at its fixed height and tell the host page that height, in the two
// protocols hosts listen to: WordPress's ({message: 'height', value, secret}, with the secret it put after #?secret=)
// and a plain one ({type: 'openseason:height', height}). In WordPress's sandbox, links ask the host to navigate.
(function () {
  var embed = document.querySelector('.os-embed');
  if (!embed) {
    return;
  }
  var fixed = parseInt(embed.getAttribute('data-height'), 10) || 0;
  embed.style.height = fixed + 'px';
  var secret = (/[#&?]secret=([A-Za-z0-9]{1,20})/.exec(location.hash) || [])[1];
  function tell() {
    if (window.parent === window) {
      return;
    }
    var height = Math.max(fixed, document.documentElement.scrollHeight);
    window.parent.postMessage({ type: 'openseason:height', height: height }, '*');
    if (secret) {
      window.parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
    }
  }
  tell();
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  if (secret) {
    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[href]');
      if (link) {
        event.preventDefault();
        window.parent.postMessage({ message: 'link', value: link.href, secret: secret }, '*');
      }
    });
  }
})();
