/*
 * The bank statements page: sends the chosen statement to POST /api/bank-statements as its raw body
 * with a progress token, polls GET /api/bank-statements/progress/{token} while the server reads,
 * stores and matches it, then shows the outcome or the faults by line. Manual matches, unmatches and
 * the rules go to the same API; the page is then reloaded to show the new state.
 */
(function () {
  'use strict';

  var base = document.getElementById('rules').getAttribute('data-endpoint').replace(/\/rules$/, '');
  var PHASES = {read: 'Lecture du relevé', stored: 'Enregistrement des lignes', matched: 'Rapprochement', done: 'Terminé', waiting: 'Envoi'};

  /** The JSON answer of a request, or null (an HTML error page, an empty body). */
  function answer(request) {
    try {
      return JSON.parse(request.responseText);
    } catch (notJson) {
      return null;
    }
  }

  // no Basic challenge in answer to a script (X-Requested-With): the browser would open its own login box
  function send(method, url, body, done) {
    var request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    if (body !== null) {
      request.setRequestHeader('Content-Type', 'application/json');
    }
    request.onload = function () {
      done(request.status, answer(request));
    };
    request.send(body);
  }

  var form = document.getElementById('statement-form');
  if (form) {
    var progress = document.getElementById('statement-progress');
    var bar = document.getElementById('statement-progress-bar');
    var label = document.getElementById('statement-progress-label');
    var outcome = document.getElementById('statement-outcome');
    var message = document.getElementById('statement-message');
    var errors = document.getElementById('statement-errors');
    var button = document.getElementById('statement-import');

    var show = function (kind, text) {
      outcome.hidden = false;
      message.className = 'message ' + kind;
      message.textContent = text;
    };

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = document.getElementById('statement-file').files[0];
      if (!file) {
        return;
      }
      var token = String(Date.now()) + Math.floor(Math.random() * 1e6);
      var bank = document.getElementById('statement-bank').value;
      var format = document.getElementById('statement-format').value;
      var opening = document.getElementById('statement-opening').value;
      var url = form.getAttribute('data-endpoint') + '?format=' + format + '&bankAccount=' + encodeURIComponent(bank)
          + '&progress=' + token + (opening ? '&openingBalance=' + encodeURIComponent(opening) : '');
      outcome.hidden = true;
      errors.hidden = true;
      errors.tBodies[0].innerHTML = '';
      progress.hidden = false;
      button.disabled = true;
      bar.value = 0;
      label.textContent = 'Envoi du fichier…';
      var polling = window.setInterval(function () {
        send('GET', form.getAttribute('data-endpoint') + '/progress/' + token, null, function (status, step) {
          if (status === 200 && step && step.total > 0) {
            bar.value = Math.round(100 * step.done / step.total);
            label.textContent = (PHASES[step.phase] || step.phase) + ' : ' + step.done.toLocaleString('fr-FR') + ' / '
                + step.total.toLocaleString('fr-FR') + ' lignes';
          }
        });
      }, 300);
      var request = new XMLHttpRequest();
      request.open('POST', url);
      request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      request.setRequestHeader('Content-Type', format === 'csv' ? 'text/csv' : 'application/xml');
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round(50 * e.loaded / e.total);
        }
      };
      request.onload = function () {
        window.clearInterval(polling);
        progress.hidden = true;
        button.disabled = false;
        var body = answer(request);
        if (request.status === 200 && body) {
          show('success', 'Relevé ' + body.statementId + ' importé : ' + body.lines + ' lignes, ' + body.matched + ' rapprochées, '
              + body.booked + ' comptabilisées, ' + body.ambiguous + ' ambiguës, ' + body.unmatched + ' non rapprochées.');
          window.location.search = '?bank=' + encodeURIComponent(bank) + '&statement=' + body.id;
        } else if (body) {
          show('error', (body.title || 'Relevé refusé') + ' : ' + (body.detail || ''));
          (body.errors || []).forEach(function (fault) {
            var row = errors.tBodies[0].insertRow();
            row.className = 'statement-error';
            [String(fault.line), fault.field || '', fault.message].forEach(function (text) {
              row.insertCell().textContent = text;
            });
          });
          errors.hidden = !(body.errors && body.errors.length);
        } else {
          show('error', 'Erreur ' + request.status + ' : réessayez.');
        }
      };
      request.send(file);
    });
  }

  document.querySelectorAll('button.match-line').forEach(function (matchButton) {
    matchButton.addEventListener('click', function () {
      var item = matchButton.parentNode.querySelector('select.candidate').value;
      send('POST', base + '/lines/' + matchButton.getAttribute('data-line') + '/match', JSON.stringify({items: [item]}), function (status, body) {
        if (status === 200) {
          window.location.reload();
        } else {
          window.alert((body && body.detail) || ('Erreur ' + status));
        }
      });
    });
  });

  document.querySelectorAll('button.unmatch-line').forEach(function (unmatchButton) {
    unmatchButton.addEventListener('click', function () {
      send('POST', base + '/lines/' + unmatchButton.getAttribute('data-line') + '/unmatch', '', function (status, body) {
        if (status === 200) {
          window.location.reload();
        } else {
          window.alert((body && body.detail) || ('Erreur ' + status));
        }
      });
    });
  });

  var save = document.getElementById('save-rules');
  if (save) {
    save.addEventListener('click', function () {
      var rules = [];
      document.querySelectorAll('#rules tr.rule').forEach(function (row, index) {
        var text = function (selector) {
          var value = row.querySelector(selector).value.trim();
          return value === '' ? null : value;
        };
        rules.push({order: index + 1, kind: row.getAttribute('data-kind'), name: text('.rule-name'), labelPattern: text('.rule-pattern'),
          direction: text('.rule-direction'), daysWindow: Number(text('.rule-days') || 0), accountCode: text('.rule-account'),
          active: row.querySelector('.rule-active').checked});
      });
      send('PUT', base + '/rules', JSON.stringify(rules), function (status, body) {
        document.getElementById('rules-message').textContent = status === 200 ? 'Règles enregistrées.'
            : ((body && body.detail) || ('Erreur ' + status));
      });
    });
  }
}());
