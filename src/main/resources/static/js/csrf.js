// htmx requests that change something carry the session's CSRF token, read from the page's meta tags
// (the Content-Security-Policy allows no inline script, so this lives here).
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});
