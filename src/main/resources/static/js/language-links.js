// The header's language links carry the page's address (path, query, filters) with another lang. When htmx
// changes the address without reloading the page (search filters, paging: hx-push-url), the links follow it.
(function () {
  'use strict';
  function follow() {
    document.querySelectorAll('a.lc-language-link[hreflang]').forEach(function (link) {
      const url = new URL(window.location.href);
      url.searchParams.set('lang', link.getAttribute('hreflang'));
      link.setAttribute('href', url.pathname + url.search);
    });
  }
  document.addEventListener('htmx:pushedIntoHistory', follow);
  document.addEventListener('htmx:replacedInHistory', follow);
  window.addEventListener('popstate', follow);
})();
