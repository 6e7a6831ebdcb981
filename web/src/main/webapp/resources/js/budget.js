/*
 * The budget page: sends the filled workbook to PUT /api/budget/{year}/workbook as its raw body,
 * then reloads the page on success, or lists the cells refused (line, cell, reason) from the
 * problem+json answer.
 */
(function () {
  'use strict';

  var form = document.getElementById('workbook-form');
  if (!form) {
    return;
  }
  var outcome = document.getElementById('workbook-outcome');
  var message = document.getElementById('workbook-message');
  var errors = document.getElementById('workbook-errors');

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('workbook-file').files[0];
    if (!file) {
      return;
    }
    var request = new XMLHttpRequest();
    request.open('PUT', form.getAttribute('data-endpoint'));
    // no Basic challenge in answer to a script: the browser would open its own login box
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.setRequestHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    request.onload = function () {
      if (request.status === 200) {
        window.location.href = form.getAttribute('data-page') + '&imported=1';
        return;
      }
      var problem = null;
      try {
        problem = JSON.parse(request.responseText);
      } catch (notJson) {
        problem = null;
      }
      outcome.hidden = false;
      message.className = 'message error';
      message.textContent = problem && problem.detail ? problem.detail : 'Échec de l\'envoi (HTTP ' + request.status + ').';
      errors.tBodies[0].innerHTML = '';
      errors.hidden = !(problem && problem.errors && problem.errors.length);
      (problem && problem.errors ? problem.errors : []).forEach(function (error) {
        var row = errors.tBodies[0].insertRow();
        [error.line, error.cell, error.message].forEach(function (text) {
          row.insertCell().textContent = text;
        });
      });
    };
    request.send(file);
  });
}());
