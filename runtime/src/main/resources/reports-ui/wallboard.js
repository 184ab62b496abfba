// The live wallboard: the server pushes the whole board (event "wallboard") on every queue
// event and every few seconds; the page redraws without reloading.
(function () {
  'use strict';
  var chart = echarts.init(document.getElementById('chart-waiting'), null, {renderer: 'svg'});

  function text(id, value) { document.getElementById(id).textContent = value; }

  function draw(board) {
    text('at', 'at ' + board.at);
    text('agents-available', board.agents.available);
    text('agents-busy', board.agents.busy);
    text('agents-paused', board.agents.paused);
    var body = document.querySelector('#wallboard-queues tbody');
    body.textContent = '';
    board.queues.forEach(function (q) {
      var row = body.insertRow();
      row.setAttribute('data-queue', q.queue);
      [q.queue, q.waiting, q.longestWaitSeconds, q.offeredToday, q.answeredToday, q.abandonedToday,
        q.serviceLevelToday.toFixed(1)].forEach(function (value, i) {
        var cell = row.insertCell();
        cell.textContent = value;
        if (i > 0) { cell.className = 'n'; }
      });
    });
    chart.setOption({
      animation: false, title: {text: 'Callers waiting'}, tooltip: {},
      xAxis: {type: 'category', data: board.queues.map(function (q) { return q.queue; })},
      yAxis: {type: 'value', minInterval: 1},
      series: [{name: 'waiting', type: 'bar', data: board.queues.map(function (q) { return q.waiting; })}]
    });
    var updates = Number(document.body.getAttribute('data-updates')) + 1;
    document.body.setAttribute('data-updates', String(updates));
  }

  var source = new EventSource('/reports/wallboard/events');
  source.addEventListener('wallboard', function (event) { draw(JSON.parse(event.data)); });
})();
