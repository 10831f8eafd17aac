// What every page shares: the CSRF token on htmx requests, and live countdowns to due times.
(function () {
    'use strict';

    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.content] = token.content;
        }
    });

    function pad(n) {
        return n < 10 ? '0' + n : String(n);
    }

    // "剩余 1天 05:12:09" / "已超时 03:20:00"; the words come from the table's data attributes (message bundles)
    function render(element, now) {
        var labels = element.closest('[data-left]');
        var left = labels ? labels.dataset.left : '';
        var overdue = labels ? labels.dataset.overdue : '-';
        var dayUnit = labels ? labels.dataset.day : 'd';
        var ms = Number(element.dataset.due) - now;
        var late = ms < 0;
        var s = Math.floor(Math.abs(ms) / 1000);
        var days = Math.floor(s / 86400);
        s -= days * 86400;
        var text = (days > 0 ? days + dayUnit + ' ' : '') + pad(Math.floor(s / 3600)) + ':'
            + pad(Math.floor((s % 3600) / 60)) + ':' + pad(s % 60);
        element.textContent = (late ? overdue : left) + ' ' + text;
        element.classList.toggle('overdue', late);
        element.classList.toggle('soon', !late && ms < 4 * 3600 * 1000);
    }

    function tick() {
        var now = Date.now();
        document.querySelectorAll('.countdown[data-due]').forEach(function (element) {
            render(element, now);
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        tick();
        setInterval(tick, 1000);
    });
})();
