// Narrows a results table to the units whose name holds what the reader types (accents and case ignored,
// so "long dinh" finds "Đảng ủy xã Long Định") and to one cluster; ranks stay those of the whole movement.
// The form stays hidden without JavaScript, where it could not work.
(function () {
  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }
  function prepare(form) {
    var table = form.parentElement.querySelector('table.dv-results');
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var names = rows.map(function (row) { return fold(row.getAttribute('data-unit')); });
    var input = form.querySelector('input');
    var select = form.querySelector('select');
    var count = form.querySelector('[data-count]');
    function apply() {
      var wanted = fold(input.value);
      var cluster = select ? select.value : '';
      var shown = 0;
      rows.forEach(function (row, i) {
        var match = names[i].indexOf(wanted) >= 0 && (!cluster || row.getAttribute('data-cluster') === cluster);
        row.hidden = !match;
        shown += match ? 1 : 0;
      });
      count.textContent = wanted || cluster
        ? count.getAttribute('data-template').replace('{0}', shown).replace('{1}', rows.length) : '';
    }
    input.addEventListener('input', apply);
    if (select) select.addEventListener('change', apply);
    // the form only filters in place: Enter must not send it anywhere
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    form.hidden = false;
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-results-filter]').forEach(prepare);
  });
})();
