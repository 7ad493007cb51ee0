// Staff account form: of the region and department fields, only the one the chosen role is bound to is shown.
// Without JavaScript every field stays visible and the server reads only the one that fits the role.
(function () {
  'use strict';

  function showFieldsFor(role) {
    document.querySelectorAll('[data-shown-for]').forEach(function (field) {
      var roles = field.getAttribute('data-shown-for').split(' ');
      field.classList.toggle('d-none', roles.indexOf(role) < 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var select = document.querySelector('select[data-role-select]');
    if (!select) {
      return;
    }
    select.addEventListener('change', function () { showFieldsFor(select.value); });
    showFieldsFor(select.value);
  });
})();
