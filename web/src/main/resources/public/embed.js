/* OpenSeason listings for any page: <script src="https://HOST/embed.js" data-kind="summer-of-code"></script>
   renders where the script stands; or <div data-openseason data-kind="..."></div> plus one async script.
   The listing is drawn in a Shadow DOM (the page's CSS and ours never meet), in a box whose height is reserved
   at once from its layout, count and title (the numbers of EmbedOptions), so nothing on the page moves when it
   arrives. No cookies, no dependencies. */
(function () {
  var me = document.currentScript;
  var base = me ? me.src.replace(/\/embed\.js(\?.*)?$/, '') : '';
  var ROWS = { list: 68, compact: 36, cards: 132 }, PADDING = 16, HEADER = 44, FOOTER = 32, MAX = 20;
  var SINGLE = { q: 1, title: 1, sort: 1, layout: 1, theme: 1, max: 1, eligibility: 1, country: 1 };

  function render(host, from) {
    if (host.shadowRoot || host.getAttribute('data-openseason-done')) {
      return;
    }
    host.setAttribute('data-openseason-done', '');
    var query = new URLSearchParams();
    var layout = 'list', max = 5, title = '';
    Array.prototype.forEach.call(from.attributes, function (a) {
      var name = a.name.slice(5);
      if (a.name.indexOf('data-') !== 0 || name === 'openseason' || name === 'openseason-done' || !a.value) {
        return;
      }
      if (name === 'layout') { layout = a.value; }
      if (name === 'max') { max = Math.min(MAX, Math.max(1, parseInt(a.value, 10) || 5)); }
      if (name === 'title') { title = a.value; }
      (SINGLE[name] ? [a.value] : a.value.split(',')).forEach(function (v) {
        query.append(name, v.trim());
      });
    });
    var height = PADDING + (title ? HEADER : 0) + max * (ROWS[layout] || ROWS.list) + FOOTER;
    host.style.display = 'block';
    host.style.height = height + 'px';
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    var css = '<link rel="stylesheet" href="' + base + '/static/embed.css">';
    fetch(base + '/embed/programs.html?' + query, { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) { root.innerHTML = css + html; })
      .catch(function () {
        root.innerHTML = css + '<p class="os-embed">Listings could not be loaded: <a href="' + base
          + '/" target="_blank" rel="noopener">see them on OpenSeason</a>.</p>';
      });
  }

  if (me && me.hasAttribute('data-openseason') === false && me.attributes.length > 1
      && Array.prototype.some.call(me.attributes, function (a) { return a.name.indexOf('data-') === 0; })) {
    var box = document.createElement('div');
    me.parentNode.insertBefore(box, me);
    render(box, me);
  }
  function all() {
    document.querySelectorAll('div[data-openseason]').forEach(function (div) { render(div, div); });
  }
  all();
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', all);
  }
})();
