// Draws the statistics page's charts with Apache ECharts from the page's own JSON endpoint
// (#charts[data-chart-url]); the console's Content-Security-Policy allows no inline script. The table
// below the charts holds the same data for everyone who cannot see them.
(function () {
  "use strict";

  function bar(el, data) {
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", inverse: true, data: data.names, axisLabel: { width: 160, overflow: "truncate" } },
      series: [{ name: data.series, type: "bar", data: data.values, itemStyle: { color: "#0b5394" },
                 label: { show: true, position: "right" } }]
    });
    return chart;
  }

  function trend(el, data) {
    var colours = ["#0b5394", "#b45309", "#15803d", "#7c3aed"];
    var chart = echarts.init(el, null, { renderer: "svg" });
    chart.setOption({
      animation: false,
      color: colours,
      grid: { left: 8, right: 36, top: 40, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      xAxis: { type: "category", data: data.months, boundaryGap: false },
      yAxis: { type: "value", minInterval: 1 },
      series: data.series.map(function (s) {
        return { name: s.name, type: "line", data: s.values, symbolSize: 6 };
      })
    });
    return chart;
  }

  function draw() {
    var holder = document.getElementById("charts");
    if (!holder || typeof echarts === "undefined") { return; }
    fetch(holder.getAttribute("data-chart-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
      .then(function (data) {
        var charts = [];
        holder.querySelectorAll("[data-chart]").forEach(function (el) {
          var fallback = el.querySelector(".statistics-chart-fallback");
          if (fallback) { fallback.remove(); }
          charts.push(el.getAttribute("data-chart") === "bar" ? bar(el, data.bar) : trend(el, data.trend));
          el.setAttribute("data-drawn", "true");
        });
        window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
      })
      .catch(function () { /* the table below still shows everything */ });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
