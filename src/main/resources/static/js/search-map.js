// Partners and events per region as circles at the regions' centres, on longitude/latitude axes.
// No background map: the page must work without any outside map service. A click searches the region.
(function () {
  const box = document.getElementById('region-map');
  if (!box || !window.echarts) { return; }
  fetch(box.dataset.url, {headers: {'Accept': 'application/json'}})
    .then(r => r.json())
    .then(regions => {
      const max = Math.max(...regions.map(r => Math.max(r.organisations, r.events)), 1);
      const size = v => v === 0 ? 0 : 8 + 32 * Math.sqrt(v / max);
      const point = (r, v) => ({name: r.name, value: [r.longitude, r.latitude, v], code: r.code});
      const lats = regions.map(r => r.latitude), lons = regions.map(r => r.longitude);
      const pad = 1;
      const chart = echarts.init(box);
      chart.setOption({
        tooltip: {formatter: p => p.data.name + ': ' + p.data.value[2] + ' ' + p.seriesName},
        legend: {top: 0},
        grid: {left: 40, right: 20, top: 40, bottom: 30},
        xAxis: {type: 'value', min: Math.floor(Math.min(...lons) - pad), max: Math.ceil(Math.max(...lons) + pad),
                axisLabel: {formatter: '{value}°E'}, splitLine: {show: false}},
        yAxis: {type: 'value', min: Math.floor(Math.min(...lats) - pad), max: Math.ceil(Math.max(...lats) + pad),
                axisLabel: {formatter: '{value}°N'}, splitLine: {show: false}},
        series: [
          {name: box.dataset.organisations, type: 'scatter', symbol: 'circle',
           data: regions.filter(r => r.organisations > 0).map(r => point(r, r.organisations)),
           symbolSize: v => size(v[2]), itemStyle: {opacity: 0.7}},
          {name: box.dataset.events, type: 'scatter', symbol: 'diamond',
           data: regions.filter(r => r.events > 0).map(r => point(r, r.events)),
           symbolSize: v => size(v[2]), itemStyle: {opacity: 0.7}}
        ]
      });
      chart.on('click', p => { window.location.href = box.dataset.search + '?region=' + encodeURIComponent(p.data.code); });
      window.addEventListener('resize', () => chart.resize());
    });
})();
