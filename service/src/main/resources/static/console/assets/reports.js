// Progressive enhancement: each breakdown's table is the report; this draws the same counts as a bar chart.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.console-chart').forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels);
    var counts = JSON.parse(canvas.dataset.counts);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: 'Decisions', data: counts, backgroundColor: '#1d70b8' }] },
      options: {
        indexAxis: 'y',
        animation: false,
        // Short and wide for one or two bars, taller as the bars add up.
        aspectRatio: Math.max(1.5, 8 / Math.max(labels.length, 1)),
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
