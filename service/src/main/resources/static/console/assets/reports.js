// Progressive enhancement: each breakdown's table is the report; this draws the same counts as a bar chart.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  // GOV.UK's text colour and a readable size for the bars' labels.
  Chart.defaults.font.size = 16;
  Chart.defaults.color = '#0b0c0c';
  document.querySelectorAll('canvas.console-chart').forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels);
    var counts = JSON.parse(canvas.dataset.counts);
    new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: [{ label: 'Decisions', data: counts, backgroundColor: '#1d70b8' }] },
      options: {
        indexAxis: 'y',
        animation: false,
        // The size the page gives the canvas (taller as the bars add up), not one re-measured on every resize:
        // a full-page screenshot resizes the window and a responsive chart is redrawn blank meanwhile.
        responsive: false,
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
