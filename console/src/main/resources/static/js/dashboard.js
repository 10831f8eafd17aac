// Draws the dashboard's and the prevention page's by-day charts from the series the server prepared (data-chart), again after each refresh.
(function () {
    'use strict';

    function onTime(element, data) {
        return {
            title: { text: element.dataset.title, left: 'left', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
            legend: { top: 0, right: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: 32 },
            xAxis: { type: 'category', data: data.days },
            yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            series: [
                { name: element.dataset.firstContact, type: 'line', data: data.firstContactOnTime, connectNulls: false },
                { name: element.dataset.resolution, type: 'line', data: data.resolutionOnTime, connectNulls: false }
            ],
            animation: false
        };
    }

    function volume(element, data) {
        return {
            title: { text: element.dataset.title, left: 'left', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            legend: { top: 0, right: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: 32 },
            xAxis: { type: 'category', data: data.days },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
                { name: element.dataset.received, type: 'bar', data: data.received, itemStyle: { color: '#1d5fa8' } },
                { name: element.dataset.breaches, type: 'bar', data: data.breaches, itemStyle: { color: '#b3261e' } }
            ],
            animation: false
        };
    }

    // 溯源: dissatisfied voices per day, stacked by the values of the chosen dimension; thirteen topics and "none"
    // need more distinct colours than ECharts' default nine
    var VOICE_COLOURS = ['#1d5fa8', '#e8793a', '#2e9e5b', '#c23b3b', '#7b52ab', '#d4a017', '#2aa1b8', '#d45b9e',
        '#6b8e23', '#8c564b', '#4e79a7', '#b07aa1', '#5c5c5c', '#bdbdbd'];

    function voice(element, data) {
        return {
            color: VOICE_COLOURS,
            title: { text: element.dataset.title, left: 'left', textStyle: { fontSize: 14 } },
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', top: 24, left: 0, right: 0 },
            grid: { left: 48, right: 16, top: 64, bottom: 32 },
            xAxis: { type: 'category', data: data.days },
            yAxis: { type: 'value', minInterval: 1 },
            series: data.series.map(function (s) {
                return { name: s.name, type: 'bar', stack: 'voices', data: s.data, emphasis: { focus: 'series' } };
            }),
            animation: false
        };
    }

    function option(element, data) {
        switch (element.dataset.kind) {
            case 'onTime': return onTime(element, data);
            case 'voice': return voice(element, data);
            default: return volume(element, data);
        }
    }

    function draw(root) {
        if (!window.echarts) {
            return;
        }
        root.querySelectorAll('.chart[data-chart]').forEach(function (element) {
            var data = JSON.parse(element.dataset.chart);
            var existing = echarts.getInstanceByDom(element);
            if (existing) {
                existing.dispose();
            }
            var chart = echarts.init(element, null, { renderer: 'canvas' });
            chart.setOption(option(element, data));
        });
    }

    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
    window.addEventListener('resize', function () {
        document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
            var chart = window.echarts && echarts.getInstanceByDom(element);
            if (chart) {
                chart.resize();
            }
        });
    });
})();
