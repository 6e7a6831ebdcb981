/*
 * The SIG event import page: sends the chosen file to POST /api/sig/imports as its raw body
 * (the session cookie authenticates it), shows the upload progress, then the processing, then
 * the result: counts, or the line-by-line reasons the file was refused.
 */
(function () {
  'use strict';

  var MEDIA_TYPES = {
    csv: 'text/csv',
    xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  };

  var form = document.getElementById('import-form');
  var input = document.getElementById('file');
  var button = document.getElementById('import');
  var progress = document.getElementById('progress');
  var bar = document.getElementById('progress-bar');
  var progressLabel = document.getElementById('progress-label');
  var outcome = document.getElementById('outcome');
  var message = document.getElementById('outcome-message');
  var errorTable = document.getElementById('error-table');

  function plural(count, singular, several) {
    return count.toLocaleString('fr-FR') + ' ' + (count > 1 ? several : singular);
  }

  function show(kind, text) {
    outcome.hidden = false;
    message.className = 'message ' + kind;
    message.textContent = text;
  }

  function showErrors(problem) {
    var errors = problem.errors || [];
    show('error', (problem.title || 'Fichier refusé') + '. ' + plural(errors.length, 'motif', 'motifs')
        + ' à corriger, puis importer à nouveau le fichier entier :');
    var body = errorTable.tBodies[0];
    errors.forEach(function (error) {
      var row = body.insertRow();
      row.className = 'import-error';
      [error.row === null || error.row === undefined ? '—' : String(error.row), error.reference || '', error.field || '',
        error.message].forEach(function (text, index) {
        var cell = row.insertCell();
        cell.textContent = text;
        if (index === 0) {
          cell.className = 'amount';
        }
      });
    });
    errorTable.hidden = errors.length === 0;
  }

  function showResult(result) {
    show('success', plural(result.rows, 'événement lu', 'événements lus') + ' : '
        + plural(result.booked, 'comptabilisé', 'comptabilisés') + ', '
        + plural(result.replayed, 'déjà reçu', 'déjà reçus') + ' (sans nouvelle écriture).');
  }

  function reset() {
    outcome.hidden = true;
    errorTable.hidden = true;
    errorTable.tBodies[0].innerHTML = '';
    bar.value = 0;
  }

  function finish(request) {
    progress.hidden = true;
    button.disabled = false;
    var body = null;
    try {
      body = JSON.parse(request.responseText);
    } catch (notJson) {
      body = null;
    }
    if (request.status === 200 && body) {
      showResult(body);
    } else if (request.status === 401) {
      show('error', 'Votre session a expiré : rechargez la page pour vous reconnecter, puis importez à nouveau.');
    } else if (body && body.errors) {
      showErrors(body);
    } else if (body && body.detail) {
      show('error', body.detail);
    } else {
      show('error', 'Le serveur n\'a pas pu traiter le fichier (HTTP ' + request.status + ').');
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    reset();
    var file = input.files[0];
    if (!file) {
      show('error', 'Choisissez d\'abord un fichier.');
      return;
    }
    var extension = file.name.split('.').pop().toLowerCase();
    if (!MEDIA_TYPES[extension]) {
      show('error', 'Le fichier « ' + file.name + ' » n\'est ni un .csv ni un .xlsx.');
      return;
    }
    if (file.size > Number(form.dataset.maxBytes)) {
      show('error', 'Le fichier « ' + file.name + ' » est trop volumineux : découpez-le.');
      return;
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.dataset.endpoint);
    request.setRequestHeader('Content-Type', MEDIA_TYPES[extension]);
    request.setRequestHeader('Accept', 'application/json');
    // no Basic challenge in answer to a script: the browser would open its own login box
    request.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    request.upload.addEventListener('progress', function (sent) {
      if (sent.lengthComputable) {
        bar.value = Math.round(100 * sent.loaded / sent.total);
        progressLabel.textContent = 'Envoi du fichier : ' + bar.value + ' %';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      progressLabel.textContent = 'Traitement en cours…';
    });
    request.addEventListener('load', function () {
      finish(request);
    });
    request.addEventListener('error', function () {
      progress.hidden = true;
      button.disabled = false;
      show('error', 'Le fichier n\'a pas pu être envoyé : vérifiez la connexion et réessayez.');
    });
    button.disabled = true;
    progress.hidden = false;
    progressLabel.textContent = 'Envoi du fichier : 0 %';
    request.send(file);
  });
}());
