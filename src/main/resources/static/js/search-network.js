// The cooperation network on an organisation's page: a force layout of the organisation and its
// partners; node size and line width grow with the number of shared projects; a click opens a partner.
(function () {
  const box = document.getElementById('network-graph');
  if (!box || !window.echarts) { return; }
  fetch(box.dataset.url, {headers: {'Accept': 'application/json'}})
    .then(r => r.json())
    .then(graph => {
      if (graph.nodes.length <= 1) { box.textContent = box.dataset.none; box.classList.add('lc-chart-empty'); return; }
      // Legend: countries by name in the page's language (Intl.DisplayNames), not ISO codes
      const lang = document.documentElement.lang || 'en';
      const names = window.Intl && Intl.DisplayNames ? new Intl.DisplayNames([lang], {type: 'region'}) : null;
      const countryName = c => (c && names ? names.of(c) : c) || '?';
      const countries = [...new Set(graph.nodes.map(n => countryName(n.country)))];
      const max = Math.max(...graph.links.map(l => l.shared_projects), 1);
      const chart = echarts.init(box);
      chart.setOption({
        tooltip: {formatter: p => p.dataType === 'edge' ? p.data.value + ' ×' : p.data.name},
        legend: {data: countries, bottom: 0},
        series: [{
          type: 'graph', layout: 'force', roam: true, draggable: true,
          categories: countries.map(c => ({name: c})),
          // Labels must not overlap: nodes pushed further apart, long names cut short (the tooltip has them
          // whole), and a label that would still cover another is hidden until its node is hovered.
          force: {repulsion: 600, edgeLength: [110, 240], gravity: 0.05},
          label: {show: true, position: 'right', fontSize: 11, width: 150, overflow: 'truncate'},
          labelLayout: {hideOverlap: true},
          emphasis: {focus: 'adjacency'},
          data: graph.nodes.map(n => ({
            id: String(n.id), name: n.name, value: n.shared_projects,
            category: countries.indexOf(countryName(n.country)),
            symbolSize: n.centre ? 36 : 12 + 14 * Math.sqrt(n.shared_projects / max),
            itemStyle: n.centre ? {borderColor: '#222', borderWidth: 2} : undefined
          })),
          links: graph.links.map(l => ({
            source: String(l.source), target: String(l.target), value: l.shared_projects,
            lineStyle: {width: 1 + 5 * l.shared_projects / max, opacity: 0.6}
          }))
        }]
      });
      chart.on('click', p => {
        if (p.dataType === 'node' && !graph.nodes.find(n => String(n.id) === p.data.id).centre) {
          window.location.href = box.dataset.base + p.data.id;
        }
      });
      window.addEventListener('resize', () => chart.resize());
    });
})();
