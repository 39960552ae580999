// Progressive enhancement: keeps a history-impact run's progress up to date, then shows its result.
// Without it, the page's own link refreshes the same figures.
(function () {
  var box = document.getElementById('progress');
  if (!box) {
    return;
  }
  var bar = document.getElementById('progress-bar');
  var format = new Intl.NumberFormat('en-GB');
  function show(p) {
    document.getElementById('decided').textContent = format.format(p.decided);
    document.getElementById('total').textContent = format.format(p.total);
    document.getElementById('percent').textContent = p.percent;
    bar.max = Math.max(p.total, 1);
    bar.value = p.decided;
  }
  function tick() {
    fetch(box.dataset.progress, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (p) {
        show(p);
        if (p.done) {
          window.location.reload();
        } else {
          window.setTimeout(tick, 1000);
        }
      })
      .catch(function () { window.setTimeout(tick, 5000); });
  }
  window.setTimeout(tick, 500);
})();
