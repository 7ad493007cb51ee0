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

  // htmx announces the initial page as loaded content too, so init runs twice on it: each element is wired once.
  var wired = {};
  function each(root, selector, wire) {
    var done = wired[selector] || (wired[selector] = new WeakSet());
    root.querySelectorAll(selector).forEach(function (element) {
      if (!done.has(element)) {
        done.add(element);
        wire(element);
      }
    });
  }

  function initCounters(root) {
    each(root, '[data-count-to]', function (field) {
      var target = document.getElementById(field.getAttribute('data-count-to'));
      var max = parseInt(field.getAttribute('maxlength'), 10);
      if (!target || !max) {
        return;
      }
      var template = target.getAttribute('data-template') || target.textContent;
      target.setAttribute('data-template', template);
      var update = function () {
        // the template's number may carry grouping ("4,000"), so the whole number is replaced
        target.textContent = template.replace(/\d[\d,.]*/, String(max - field.value.length));
      };
      field.addEventListener('input', update);
      update();
    });
  }

  // File inputs with limits (data-max-files, data-max-bytes): say so next to the field before anything is sent.
  function initFileLimits(root) {
    each(root, 'input[type="file"][data-max-files]', function (input) {
      var message = document.getElementById(input.getAttribute('data-error-to'));
      var check = function () {
        var files = Array.prototype.slice.call(input.files || []);
        var error = '';
        if (files.length > parseInt(input.getAttribute('data-max-files'), 10)) {
          error = input.getAttribute('data-too-many');
        } else {
          var max = parseInt(input.getAttribute('data-max-bytes'), 10);
          var tooLarge = files.filter(function (file) { return file.size > max; });
          if (tooLarge.length > 0) {
            error = input.getAttribute('data-too-large').replace('{0}', tooLarge[0].name);
          }
        }
        input.classList.toggle('is-invalid', error !== '');
        if (message) {
          message.textContent = error;
          message.hidden = error === '';
        }
        return error === '';
      };
      input.addEventListener('change', check);
      if (input.form) {
        input.form.addEventListener('submit', function (event) {
          if (!check()) {
            event.preventDefault();
            input.focus();
          }
        });
      }
    });
  }

  // Forms that must not be sent twice: the first click disables the submit buttons.
  function initSingleSubmit(root) {
    each(root, 'form[data-single-submit]', function (form) {
      form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) {
          return;
        }
        form.querySelectorAll('button[type="submit"]').forEach(function (button) {
          setTimeout(function () { button.disabled = true; }, 0);
        });
      });
    });
  }

  // Buttons that ask first: data-confirm holds the (translated) question.
  function initConfirm(root) {
    each(root, '[data-confirm]', function (element) {
      element.addEventListener('click', function (event) {
        if (!window.confirm(element.getAttribute('data-confirm'))) {
          event.preventDefault();
        }
      });
    });
  }

  function init(root) {
    initCounters(root);
    initFileLimits(root);
    initSingleSubmit(root);
    initConfirm(root);
  }

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:load', function (event) { init(event.detail.elt); });
})();
