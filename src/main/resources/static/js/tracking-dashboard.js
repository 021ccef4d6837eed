// Charts of the tracking dashboards (ECharts). The page renders every figure as tables; these charts draw
// the same data, read as JSON from the URL in the section's data-dashboard-source attribute. No inline
// scripts or styles, so a strict Content-Security-Policy can stay on.
(function () {
  'use strict';
  const root = document.querySelector('[data-dashboard-source]');
  if (!root || typeof echarts === 'undefined') {
    return;
  }
  const lang = root.dataset.lang || document.documentElement.lang || 'en';
  const colours = {met: '#198754', on_track: '#0dcaf0', at_risk: '#ffc107', missed: '#dc3545', not_started: '#6c757d'};
  const neutral = '#adb5bd';
  const day = 24 * 3600 * 1000;
  const charts = [];
  // Tooltips are HTML: every text from the registry (titles, labels) is escaped before it goes in.
  const text = function (value) { return echarts.format.encodeHTML(value === undefined || value === null ? '' : String(value)); };

  fetch(root.dataset.dashboardSource, {headers: {Accept: 'application/json'}})
    .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
    .then(function (data) {
      statuses(document.getElementById('lc-chart-statuses'), data);
      indicators(document.getElementById('lc-chart-indicators'), data);
      timeline(document.getElementById('lc-chart-timeline'), data);
    })
    .catch(function () { /* the tables above show the same figures */ });

  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

  function chart(element, height) {
    element.style.height = height + 'px';
    const c = echarts.init(element);
    charts.push(c);
    return c;
  }

  function dateText(ms) {
    return new Date(ms).toLocaleDateString(lang, {day: 'numeric', month: 'short', year: 'numeric'});
  }

  function statuses(element, data) {
    if (!element) { return; }
    const shown = data.status_counts.filter(function (s) { return s.count > 0; });
    if (shown.length === 0) { element.remove(); return; }
    chart(element, 260).setOption({
      tooltip: {trigger: 'item', formatter: function (p) { return text(p.name) + ': ' + text(p.value); }},
      series: [{
        type: 'pie', radius: ['45%', '75%'], label: {formatter: '{b}: {c}'},
        data: shown.map(function (s) { return {name: s.label, value: s.count, itemStyle: {color: colours[s.status]}}; })
      }]
    });
  }

  function indicators(element, data) {
    if (!element) { return; }
    const rows = data.indicators.filter(function (i) { return i.percent !== undefined; });
    if (rows.length === 0) { element.remove(); return; }
    const labels = rows.map(function (i) { return i.text.length > 40 ? i.text.substring(0, 39) + '…' : i.text; });
    chart(element, 60 + rows.length * 36).setOption({
      grid: {left: 8, right: 48, top: 8, bottom: 24, containLabel: true},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, formatter: function (p) {
        const i = rows[p[0].dataIndex];
        return text(i.text) + '<br>' + text(i.achieved) + ' / ' + text(i.target) + ' ' + text(i.unit) + ' (' + text(i.percent) + ' %)';
      }},
      xAxis: {type: 'value', axisLabel: {formatter: '{value} %'}},
      yAxis: {type: 'category', data: labels, inverse: true},
      series: [{
        type: 'bar', data: rows.map(function (i) {
          return {value: Number(i.percent), itemStyle: {color: Number(i.percent) >= 100 ? colours.met : '#0d6efd'}};
        }),
        label: {show: true, position: 'right', formatter: '{c} %'},
        markLine: {symbol: 'none', data: [{xAxis: 100}], lineStyle: {color: neutral}}
      }]
    });
  }

  function timeline(element, data) {
    if (!element) { return; }
    const rows = data.timeline.rows;
    if (rows.length === 0) { element.remove(); return; }
    const bars = [];
    rows.forEach(function (r, index) {
      if (r.start && r.end) {
        bars.push({value: [index, Date.parse(r.start), Date.parse(r.end) + day], row: r,
          itemStyle: {color: r.status ? colours[r.status] : neutral, opacity: 0.55}});
      }
    });
    const marks = data.timeline.items.filter(function (i) { return i.start; }).map(function (i) {
      return {value: [Date.parse(i.start), i.row], item: i};
    });
    const c = chart(element, 80 + rows.length * 34);
    c.on('click', function (p) {
      if (p.seriesIndex === 0 && p.data.row.link) { window.location.href = p.data.row.link; }
    });
    c.setOption({
      grid: {left: 8, right: 24, top: 16, bottom: 32, containLabel: true},
      tooltip: {trigger: 'item', formatter: function (p) {
        if (p.data.item) {
          const i = p.data.item;
          return text(i.title) + '<br>' + text(i.type) + ', ' + text(dateText(Date.parse(i.start))
            + (i.end && i.end !== i.start ? ' – ' + dateText(Date.parse(i.end)) : ''));
        }
        const r = p.data.row;
        return text(r.label) + '<br>' + text(dateText(Date.parse(r.start)) + ' – ' + dateText(Date.parse(r.end)))
          + (r.status_label ? '<br>' + text(r.status_label) : '');
      }},
      xAxis: {type: 'time', axisLabel: {formatter: function (v) {
        return new Date(v).toLocaleDateString(lang, {month: 'short', year: 'numeric'});
      }}},
      yAxis: {type: 'category', data: rows.map(function (r) { return r.label.length > 45 ? r.label.substring(0, 44) + '…' : r.label; }),
        inverse: true},
      series: [{
        type: 'custom', encode: {x: [1, 2], y: 0}, data: bars,
        renderItem: function (params, api) {
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const height = api.size([0, 1])[1] * 0.5;
          const shape = echarts.graphic.clipRectByRect(
            {x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height: height},
            {x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height});
          return shape && {type: 'rect', shape: shape, style: api.style()};
        },
        markLine: {symbol: 'none', label: {formatter: dateText(Date.parse(data.as_of))},
          data: [{xAxis: Date.parse(data.as_of)}], lineStyle: {color: '#212529', type: 'dashed'}}
      }, {
        type: 'scatter', symbol: 'diamond', symbolSize: 12, data: marks, itemStyle: {color: '#212529'}
      }]
    });
  }
}());
