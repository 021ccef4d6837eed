// Charts of the network statistics page (ECharts): the same numbers as its tables, which stay the accessible
// version, read as JSON from the URL in the section's data-statistics-source attribute. A file of its own,
// not an inline script: the Content-Security-Policy allows only the site's own script files.
(function () {
  'use strict';
  const root = document.querySelector('[data-statistics-source]');
  if (!root || !window.echarts) {
    return;
  }
  const seriesNames = {projects: root.dataset.labelProjects, events: root.dataset.labelEvents};
  fetch(root.dataset.statisticsSource, {headers: {Accept: 'application/json'}})
    .then(r => r.json())
    .then(stats => stats.breakdowns.forEach(b => {
      const el = document.getElementById('chart-' + b.dimension);
      if (!el || b.rows.length === 0) return;
      el.style.height = Math.max(180, 34 * b.rows.length + 60) + 'px';
      const chart = echarts.init(el);
      chart.setOption({
        tooltip: {trigger: 'axis'},
        legend: {top: 0},
        grid: {left: 8, right: 24, top: 30, bottom: 8, containLabel: true},
        xAxis: {type: 'value', minInterval: 1},
        yAxis: {type: 'category', inverse: true, data: b.rows.map(r => r.label.length > 40 ? r.label.slice(0, 39) + '…' : r.label)},
        series: [
          {name: seriesNames.projects, type: 'bar', data: b.rows.map(r => r.projects), itemStyle: {color: '#1d5c3a'}},
          {name: seriesNames.events, type: 'bar', data: b.rows.map(r => r.events), itemStyle: {color: '#d19a1f'}}
        ]
      });
      window.addEventListener('resize', () => chart.resize());
    }));
})();
