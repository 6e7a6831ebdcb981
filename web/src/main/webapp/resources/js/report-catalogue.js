/*
 * The report catalogue page: each report's form is sent to GET /api/reports/catalogue/{code}/document
 * (which checks the parameters, then redirects to the report's own endpoint); while the report is
 * produced the page shows the time elapsed, then the bytes received, then a link to the document,
 * or the reason it was refused (problem+json).
 */
(function () {
  'use strict';

  function fileName(request, fallback) {
    var disposition = request.getResponseHeader('Content-Disposition') || '';
    var match = /filename="([^"]+)"/.exec(disposition);
    return match ? match[1] : fallback;
  }

  function kilobytes(bytes) {
    return Math.max(1, Math.round(bytes / 1024)).toLocaleString('fr-FR') + ' Ko';
  }

  function refusal(request, done) {
    // the body of a refusal is problem+json, read from the blob the request was asked for
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var problem = JSON.parse(reader.result);
        done((problem.detail || problem.title) + (problem.field ? ' (champ ' + problem.field + ')' : ''));
      } catch (e) {
        done('Le rapport n\'a pas pu être produit (erreur ' + request.status + ').');
      }
    };
    reader.readAsText(request.response);
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.report-form'), function (form) {
    var code = form.dataset.code;
    var button = document.getElementById('produce-' + code);
    var progress = document.getElementById('progress-' + code);
    var label = progress.querySelector('.progress-label');
    var bar = progress.querySelector('progress');
    var outcome = document.getElementById('outcome-' + code);

    function show(kind, content) {
      progress.hidden = true;
      button.disabled = false;
      outcome.hidden = false;
      outcome.className = 'message ' + kind;
      outcome.replaceChildren.apply(outcome, content);
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var query = new URLSearchParams(new FormData(form)).toString();
      var started = Date.now();
      var request = new XMLHttpRequest();
      request.open('GET', form.action + '?' + query);
      request.responseType = 'blob';
      request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
      var clock = setInterval(function () {
        label.textContent = 'Production en cours… ' + Math.round((Date.now() - started) / 1000) + ' s';
      }, 500);
      request.addEventListener('progress', function (received) {
        if (received.lengthComputable) {
          bar.max = received.total;
          bar.value = received.loaded;
        }
        label.textContent = 'Réception du document : ' + kilobytes(received.loaded);
      });
      request.addEventListener('loadend', function () {
        clearInterval(clock);
      });
      request.addEventListener('load', function () {
        var seconds = ((Date.now() - started) / 1000).toLocaleString('fr-FR', {maximumFractionDigits: 1});
        if (request.status !== 200) {
          refusal(request, function (reason) {
            show('error', [document.createTextNode('Refusé : ' + reason)]);
          });
          return;
        }
        var name = fileName(request, code);
        var link = document.createElement('a');
        link.id = 'download-' + code;
        link.href = URL.createObjectURL(request.response);
        link.download = name;
        link.textContent = name;
        show('success', [document.createTextNode('Produit en ' + seconds + ' s (' + kilobytes(request.response.size) + ') : '), link]);
      });
      request.addEventListener('error', function () {
        show('error', [document.createTextNode('Le rapport n\'a pas pu être produit : vérifiez la connexion et réessayez.')]);
      });
      button.disabled = true;
      outcome.hidden = true;
      progress.hidden = false;
      bar.removeAttribute('value');
      label.textContent = 'Production en cours…';
      request.send();
    });

    // « Envoyer »: POST /api/reports/archive renders the document as the download and archives it as sent
    var send = document.getElementById('send-' + code);
    if (send) {
      send.addEventListener('click', function () {
        var parameters = {};
        new FormData(form).forEach(function (value, name) {
          if (name !== 'format') {
            parameters[name] = value;
          }
        });
        var request = new XMLHttpRequest();
        request.open('POST', send.dataset.archive);
        request.responseType = 'blob';
        request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        request.setRequestHeader('Content-Type', 'application/json');
        request.addEventListener('load', function () {
          send.disabled = false;
          if (request.status !== 200 && request.status !== 201) {
            refusal(request, function (reason) {
              show('error', [document.createTextNode('Envoi refusé : ' + reason)]);
            });
            return;
          }
          request.response.text().then(function (body) {
            var archived = JSON.parse(body);
            var link = document.createElement('a');
            link.id = 'sent-' + code;
            link.href = send.dataset.archive + '/' + archived.report.id;
            link.textContent = archived.report.fileName;
            var sentAt = new Date(archived.report.sentAt).toLocaleString('fr-FR');
            show('success', [document.createTextNode((archived.created ? 'Envoyé à ' + archived.report.recipient + ' et archivé : '
                : 'Déjà envoyé à ' + archived.report.recipient + ' le ' + sentAt + ' ; la copie d\'origine est conservée : ')), link,
                document.createTextNode(' (SHA-256 ' + archived.report.sha256.substring(0, 12) + '…)')]);
          });
        });
        request.addEventListener('error', function () {
          send.disabled = false;
          show('error', [document.createTextNode('L\'envoi n\'a pas abouti : vérifiez la connexion et réessayez.')]);
        });
        send.disabled = true;
        outcome.hidden = true;
        progress.hidden = false;
        bar.removeAttribute('value');
        label.textContent = 'Envoi en cours…';
        request.send(JSON.stringify({report: code, parameters: parameters, format: form.elements.format.value}));
      });
    }
  });
}());
