// Charts from tables: every table[data-chart] (fragments/chart.html) gets a Chart.js chart drawn above it from
// its own cells; a click on a bar or slice opens the records of that row (data-href). The table stays for
// screen readers and for a page read without JavaScript.
(function () {
  var palette = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#455a64'];
  function draw(table) {
    if (typeof Chart === 'undefined') {
      return;
    }
    var type = table.getAttribute('data-chart') || 'bar';
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells).slice(1);
    var labels = rows.map(function (r) { return r.cells[0].textContent.trim(); });
    var links = rows.map(function (r) { return r.getAttribute('data-href'); });
    var datasets = heads.map(function (h, i) {
      var color = heads.length > 1 || type === 'line' ? palette[i % palette.length] : rows.map(function (r, j) { return palette[j % palette.length]; });
      return {
        label: h.textContent.trim(),
        data: rows.map(function (r) { return Number(r.cells[i + 1].getAttribute('data-value')); }),
        backgroundColor: color,
        borderColor: type === 'line' ? color : undefined
      };
    });
    var holder = table.parentNode.querySelector('.dv-chart-canvas');
    var canvas = document.createElement('canvas');
    holder.appendChild(canvas);
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: heads.length > 1 || type === 'doughnut' } },
        onClick: function (event, elements) {
          if (elements.length && links[elements[0].index]) {
            window.location.href = links[elements[0].index];
          }
        }
      }
    });
  }
  document.querySelectorAll('table[data-chart]').forEach(draw);
})();
