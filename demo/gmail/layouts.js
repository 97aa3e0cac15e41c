/*
 * The demo's layouts, as Gmail offers them: the reading pane (Quick settings: No split, Right
 * of inbox, Below inbox) and the side panel at the right edge (Calendar, Keep, Tasks, add-ons).
 * Chosen by ?layout=default|side-panel|split-vertical|split-horizontal and switchable at run
 * time from the gear in the top bar. The layouts differ where real Gmail differs for the
 * sidebar: a side panel column next to it, each pane of a split scrolling on its own, and a
 * horizontal split whose row is no flex row (the sidebar cannot dock as its column there).
 */
(function () {
  'use strict';
  var LAYOUTS = {
    default: { split: 'none', sidePanel: false },
    'side-panel': { split: 'none', sidePanel: true },
    'split-vertical': { split: 'right', sidePanel: false },
    'split-horizontal': { split: 'below', sidePanel: false },
  };
  var body = document.body;
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      el.append(c);
    });
    return el;
  }
  var state = Object.assign(
    {},
    LAYOUTS[new URLSearchParams(location.search).get('layout')] || LAYOUTS.default,
  );

  function apply() {
    body.setAttribute('data-demo-split', state.split);
    body.toggleAttribute('data-demo-side-panel', state.sidePanel);
    var name = Object.keys(LAYOUTS).filter(function (k) {
      return LAYOUTS[k].split === state.split && LAYOUTS[k].sidePanel === state.sidePanel;
    })[0];
    var params = new URLSearchParams(location.search);
    if (name && name !== 'default') params.set('layout', name);
    else params.delete('layout');
    var query = params.toString();
    history.replaceState(
      history.state,
      '',
      location.pathname + (query ? '?' + query : '') + location.hash,
    );
    panel.querySelectorAll('input[name=demo-split]').forEach(function (r) {
      r.checked = r.value === state.split;
    });
    sideToggle.setAttribute('aria-pressed', String(state.sidePanel));
  }

  // Gmail's side panel: the open panel (here Calendar) and the icon rail at the right edge.
  var icon = function (label, letter, open) {
    return h(
      'div',
      {
        class: 'bse-bvF-I' + (open ? ' demo-open' : ''),
        role: 'tab',
        tabindex: open ? '0' : '-1',
        'aria-label': label,
        'aria-selected': String(!!open),
      },
      [letter],
    );
  };
  var events = [
    ['09:00', 'Studio stand-up'],
    ['11:30', 'Call with Nordlicht GmbH'],
    ['15:00', 'Print proofs review'],
  ];
  var side = h('div', { class: 'aUx' }, [
    h('div', { class: 'brC-brG', role: 'region', 'aria-label': 'Calendar' }, [
      h('div', { class: 'demo-panel-head' }, ['Calendar']),
      h(
        'ul',
        { class: 'demo-events' },
        events.map(function (e) {
          return h('li', {}, [h('b', {}, [e[0]]), ' ' + e[1]]);
        }),
      ),
    ]),
    h('div', { class: 'brC-aT5-aOt-Jw', role: 'complementary', 'aria-label': 'Side panel' }, [
      h('div', { role: 'tablist', 'aria-label': 'Apps' }, [
        icon('Calendar', '31', true),
        icon('Keep', 'K'),
        icon('Tasks', 'T'),
        icon('Contacts', 'C'),
      ]),
      h('div', { class: 'demo-rail-sep' }),
      h('div', { class: 'bse-bvF-I', role: 'button', tabindex: '0', 'aria-label': 'Get add-ons' }, [
        '+',
      ]),
    ]),
  ]);
  document.getElementById('demo-row').after(side);

  // Quick settings, behind the gear in the top bar.
  var splitChoice = function (value, label) {
    return h('label', { class: 'demo-choice' }, [
      h('input', { type: 'radio', name: 'demo-split', value: value }),
      ' ' + label,
    ]);
  };
  var sideToggle = h(
    'button',
    { type: 'button', class: 'demo-side-toggle', 'aria-pressed': 'false' },
    ['Side panel'],
  );
  var panel = h(
    'div',
    { class: 'demo-quick-settings', role: 'dialog', 'aria-label': 'Quick settings', hidden: '' },
    [
      h('div', { class: 'demo-panel-head' }, ['Quick settings']),
      h('fieldset', {}, [
        h('legend', {}, ['Reading pane']),
        splitChoice('none', 'No split'),
        splitChoice('right', 'Right of inbox'),
        splitChoice('below', 'Below inbox'),
      ]),
      sideToggle,
    ],
  );
  var gear = h(
    'div',
    {
      class: 'demo-gear',
      role: 'button',
      tabindex: '0',
      'aria-label': 'Settings',
      'aria-expanded': 'false',
      'data-tooltip': 'Settings',
    },
    ['⚙'],
  );
  gear.addEventListener('click', function () {
    panel.hidden = !panel.hidden;
    gear.setAttribute('aria-expanded', String(!panel.hidden));
  });
  panel.addEventListener('change', function (e) {
    if (e.target.name === 'demo-split') {
      state.split = e.target.value;
      apply();
    }
  });
  sideToggle.addEventListener('click', function () {
    state.sidePanel = !state.sidePanel;
    apply();
  });
  var account = document.querySelector('header[role=banner] .gb_A');
  account.before(gear);
  document.body.append(panel);
  apply();
})();
