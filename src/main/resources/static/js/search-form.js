// The search form refreshes its results through htmx on every change (hx-trigger="change, submit"), except
// for the organisation lookup's text box ("typed"), which only asks for suggestions. htmx would need an event
// filter for that (change[target.name != 'typed']), and its filters are evaluated as JavaScript, which the
// Content-Security-Policy forbids; so the box's change events stop here, before they reach the form.
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    const box = event.target;
    if (box && box.name === 'typed' && box.closest('#search-form')) {
      event.stopPropagation();
    }
  }, true);
})();
