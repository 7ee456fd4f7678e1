// Draws every library chart of a course-site page. The site runs no script from notebook outputs (see the
// Content-Security-Policy and docs/reliability.md, "Site trust model"): each chart output keeps its marked
// container, the element to draw into and its figure JSON (inert data), and this file, one of the site's
// own, draws them with the page's plotly.js. Markers: NeuroBalance.HtmlMarkers in src/NeuroBalance.
(function () {
  'use strict';
  function drawAll() {
    var charts = document.querySelectorAll('[data-neurobalance="chart"]');
    Array.prototype.forEach.call(charts, function (chart) {
      var plot = chart.querySelector('[data-neurobalance="chart-plot"]');
      var data = chart.querySelector('script[type="application/json"][data-neurobalance="chart-figure"]');
      if (!plot || !data) {
        return;
      }
      try {
        var figure = JSON.parse(data.textContent);
        plot.textContent = '';
        window.Plotly.newPlot(plot, figure.data, figure.layout, { responsive: true, displaylogo: false });
      } catch (e) {
        plot.style.height = 'auto';
        plot.textContent = 'This chart could not be drawn: ' + e;
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
