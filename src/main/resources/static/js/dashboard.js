// The dashboard's charts and its live part. Each canvas carries its own chart's data in data-chart-source (the
// Content-Security-Policy forbids inline scripts); the live part is polled by htmx (hx-trigger="every 5s").
(function () {
  'use strict';

  var PALETTE = ['#0d6efd', '#198754', '#dc3545', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#ffc107'];

  function drawCharts(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = JSON.parse(canvas.getAttribute('data-chart-source'));
      var type = canvas.getAttribute('data-chart-type');
      var horizontal = type === 'horizontalBar';
      var round = type === 'doughnut';
      var existing = Chart.getChart(canvas);
      if (existing) {
        existing.destroy();
      }
      new Chart(canvas, {
        type: horizontal ? 'bar' : type,
        data: {
          labels: chart.labels,
          datasets: chart.series.map(function (series, index) {
            return {
              label: series.label,
              data: series.data,
              backgroundColor: round ? PALETTE.slice(0, series.data.length) : PALETTE[index % PALETTE.length],
              borderColor: round ? '#fff' : PALETTE[index % PALETTE.length],
              spanGaps: true,
              tension: 0.2
            };
          })
        },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { position: 'bottom' } },
          // a bar or slice opens the board's list of the tickets it counts
          onClick: function (event, elements) {
            if (chart.links && elements.length > 0) {
              window.location.assign(chart.links[elements[0].index]);
            }
          },
          onHover: function (event, elements) {
            event.native.target.style.cursor = chart.links && elements.length > 0 ? 'pointer' : 'default';
          }
        }
      });
    });
  }

  function liveState(online) {
    var badge = document.querySelector('[data-live-state]');
    if (!badge) {
      return;
    }
    if (!badge.hasAttribute('data-online')) {
      badge.setAttribute('data-online', badge.textContent);
    }
    badge.textContent = online ? badge.getAttribute('data-online') : badge.getAttribute('data-offline');
    badge.classList.toggle('text-bg-success', online);
    badge.classList.toggle('text-bg-secondary', !online);
  }

  // A poll that lands on the sign-in page (the session ended) must not paste that page into the dashboard.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (event.detail.target && event.detail.target.hasAttribute('data-live') && xhr.responseURL
        && xhr.responseURL.indexOf('/login') >= 0) {
      event.detail.shouldSwap = false;
      window.location.reload();
    }
  });
  // The poll keeps running while the server is away; the badge says so and turns back once an answer arrives.
  document.addEventListener('htmx:sendError', function () { liveState(false); });
  document.addEventListener('htmx:responseError', function () { liveState(false); });
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.elt && event.detail.elt.hasAttribute && event.detail.elt.hasAttribute('data-live')) {
      liveState(true);
    }
  });

  // Printable report pages: the print button asks the browser to print.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-print]') : null;
    if (button) {
      window.print();
    }
  });

  document.addEventListener('DOMContentLoaded', function () { drawCharts(document); });
})();
