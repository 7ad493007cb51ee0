// The resident's ticket form: choosing "at my home" hides the pickers for another address, and choosing another
// address shows them again. Radios opt in with data-hides / data-shows naming the element they govern.
(function () {
  'use strict';

  function wire() {
    document.querySelectorAll('input[type="radio"][data-hides], input[type="radio"][data-shows]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        if (!radio.checked) {
          return;
        }
        var hidden = radio.hasAttribute('data-hides');
        var target = document.getElementById(radio.getAttribute(hidden ? 'data-hides' : 'data-shows'));
        if (target) {
          target.hidden = hidden;
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
