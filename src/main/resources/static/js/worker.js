// The worker's queue: an htmx action that the server refuses (a ticket gone out of reach, say) falls back to the
// ordinary form post, so the worker sees the full error page instead of a button that seems to do nothing.
(function () {
  'use strict';

  document.addEventListener('htmx:responseError', function (event) {
    var form = event.detail.elt.closest('form[data-native-fallback]');
    if (form) {
      HTMLFormElement.prototype.submit.call(form);
    }
  });
})();
