// The report page: reads the filters from the address, fetches every table as JSON from
// /reports/{table}, prints the cells the CSV prints, and draws the charts with the bundled ECharts.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var form = document.getElementById('filters');
  ['from', 'to', 'queue', 'flow', 'interval'].forEach(function (name) {
    if (params.get(name)) { form.elements[name].value = params.get(name); }
  });
  var query = params.toString();
  var names = ['queues', 'overflows', 'flows', 'agents', 'intervals'];
  if (params.get('flow')) { names.push('nodes'); }

  function fetchTable(name) {
    return fetch('/reports/' + name + (query ? '?' + query : ''), {credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) { return response.json().then(function (e) { throw new Error(e.error); }); }
        return response.json();
      });
  }

  function cellElement(tag, text, numeric) {
    var cell = document.createElement(tag);
    cell.textContent = text;
    if (numeric) { cell.className = 'n'; }
    return cell;
  }

  function printTable(table) {
    var section = document.getElementById('tables');
    var heading = document.createElement('h2');
    heading.textContent = table.title + ' ';
    var link = document.createElement('a');
    link.href = '/reports/' + table.name + '.csv' + (query ? '?' + query : '');
    link.textContent = 'CSV';
    link.id = 'csv-' + table.name;
    heading.appendChild(link);
    section.appendChild(heading);
    var element = document.createElement('table');
    element.id = 'table-' + table.name;
    var head = element.createTHead().insertRow();
    table.columns.forEach(function (column) { head.appendChild(cellElement('th', column, false)); });
    var body = element.createTBody();
    table.cells.forEach(function (cells, r) {
      var row = body.insertRow();
      cells.forEach(function (text, c) { row.appendChild(cellElement('td', text, typeof table.rows[r][c] === 'number')); });
    });
    section.appendChild(element);
  }

  function column(table, name) {
    var index = table.columns.indexOf(name);
    return table.rows.map(function (row) { return row[index]; });
  }

  function chart(id, option) {
    var instance = echarts.init(document.getElementById(id), null, {renderer: 'svg'});
    option.animation = false;
    instance.setOption(option);
    return instance;
  }

  function drawCharts(t) {
    var labels = column(t.intervals, 'interval');
    chart('chart-intervals', {
      title: {text: 'Calls and service level by interval'}, tooltip: {}, legend: {top: 25},
      grid: {top: 60}, xAxis: {type: 'category', data: labels},
      yAxis: [{type: 'value', name: 'calls'}, {type: 'value', name: '%', max: 100}],
      series: [
        {name: 'offered', type: 'bar', data: column(t.intervals, 'queue offered')},
        {name: 'answered', type: 'bar', data: column(t.intervals, 'answered')},
        {name: 'service level %', type: 'line', yAxisIndex: 1, data: column(t.intervals, 'service level %')}
      ]
    });
    chart('chart-abandon', {
      title: {text: 'Abandon rate by interval'}, tooltip: {}, xAxis: {type: 'category', data: labels},
      yAxis: {type: 'value', name: '%'},
      series: [{name: 'abandon rate %', type: 'line', data: column(t.intervals, 'abandon rate %')}]
    });
    var flows = t.flows.rows[t.flows.rows.length - 1];
    var queues = t.queues.rows[t.queues.rows.length - 1];
    var f = function (name) { return flows[t.flows.columns.indexOf(name)]; };
    chart('chart-funnel', {
      title: {text: 'IVR funnel: first prompt to agent'}, tooltip: {},
      series: [{type: 'funnel', sort: 'none', top: 40, left: '5%', width: '55%', label: {formatter: '{b}: {c}'}, data: [
        {name: 'entered the IVR', value: f('calls')},
        {name: 'stayed in the IVR', value: f('calls') - f('abandoned in IVR')},
        {name: 'handed to a queue', value: f('to queue')},
        {name: 'answered by an agent', value: queues[t.queues.columns.indexOf('answered')]}
      ]}]
    });
    chart('chart-occupancy', {
      title: {text: "Agents' occupancy"}, tooltip: {},
      xAxis: {type: 'category', data: column(t.agents, 'agent')}, yAxis: {type: 'value', name: '%'},
      series: [{name: 'occupancy %', type: 'bar', data: column(t.agents, 'occupancy %')}]
    });
  }

  Promise.all(names.map(fetchTable)).then(function (tables) {
    var byName = {};
    tables.forEach(function (table) { byName[table.name] = table; printTable(table); });
    drawCharts(byName);
    document.getElementById('status').textContent = '';
    document.body.setAttribute('data-ready', 'true');
  }).catch(function (error) {
    document.getElementById('status').textContent = 'Could not load the reports: ' + error.message;
    document.body.setAttribute('data-ready', 'error');
  });
})();
