/*
 * The audit trail page: while the browser waits for the verification it asked for (a plain GET
 * of the page), polls GET /api/audit/chain/progress and shows how many entries are checked.
 */
(function () {
  'use strict';

  var form = document.getElementById('audit-form');
  if (!form) {
    return;
  }
  var progress = document.getElementById('progress');
  var bar = document.getElementById('progress-bar');
  var label = document.getElementById('progress-label');

  function poll(year) {
    var request = new XMLHttpRequest();
    request.open('GET', form.dataset.progress + '?year=' + encodeURIComponent(year));
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Accept', 'application/json');
    request.onload = function () {
      if (request.status === 200) {
        var state = JSON.parse(request.responseText);
        if (state.running && state.total > 0) {
          bar.value = Math.floor(100 * state.checked / state.total);
          label.textContent = state.checked.toLocaleString('fr-FR') + ' écritures vérifiées sur '
              + state.total.toLocaleString('fr-FR') + '…';
        }
      }
      setTimeout(function () { poll(year); }, 500);
    };
    request.send();
  }

  form.addEventListener('submit', function () {
    progress.hidden = false;
    poll(document.getElementById('year').value);
  });
}());
