// Page behaviour that the Content-Security-Policy allows: no inline scripts, so pages opt in with data attributes.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header && token.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function initCounters(root) {
    root.querySelectorAll('[data-count-to]').forEach(function (field) {
      var target = document.getElementById(field.getAttribute('data-count-to'));
      var max = parseInt(field.getAttribute('maxlength'), 10);
      if (!target || !max) {
        return;
      }
      var template = target.getAttribute('data-template') || target.textContent;
      target.setAttribute('data-template', template);
      var update = function () {
        target.textContent = template.replace(/\d+/, String(max - field.value.length));
      };
      field.addEventListener('input', update);
      update();
    });
  }

  // Forms that must not be sent twice: the first click disables the submit buttons.
  function initSingleSubmit(root) {
    root.querySelectorAll('form[data-single-submit]').forEach(function (form) {
      form.addEventListener('submit', function () {
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
          setTimeout(function () { button.disabled = true; }, 0);
        });
      });
    });
  }

  // Buttons that ask first: data-confirm holds the (translated) question.
  function initConfirm(root) {
    root.querySelectorAll('[data-confirm]').forEach(function (element) {
      // htmx:load fires for the body on page load too: bind once, or the question is asked twice
      if (element.hasAttribute('data-confirm-bound')) {
        return;
      }
      element.setAttribute('data-confirm-bound', '');
      element.addEventListener('click', function (event) {
        if (!window.confirm(element.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
  }

  function init(root) {
    initCounters(root);
    initSingleSubmit(root);
    initConfirm(root);
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (event) { init(event.detail.elt); });
})();
