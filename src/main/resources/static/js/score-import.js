// The score-sheet import page: the upload's progress bar, and a commit that shows it is running and is never
// sent twice (saving a province's sheet takes seconds).
document.body.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('import-upload');
  if (bar && event.detail.lengthComputable) {
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});
document.body.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.classList.contains('import-commit')) {
    form.querySelector('button').disabled = true;
    form.querySelector('.import-saving').hidden = false;
  }
});
