// The demo's layouts, as Outlook on the web offers them (View settings > Layout): the reading
// pane on the right (default), at the bottom, or off (an open conversation takes the list's
// place at full width), and the folder pane collapsed to a rail. Chosen by
// ?layout=reading-right|reading-bottom|reading-off|folders-collapsed and switchable at run time
// from the gear in the top bar. The bottom layout is a grid, not a flex row: the sidebar cannot
// dock as its last column there.
(function () {
  const LAYOUTS = {
    'reading-right': { reading: 'right', folders: 'shown' },
    'reading-bottom': { reading: 'bottom', folders: 'shown' },
    'reading-off': { reading: 'off', folders: 'shown' },
    'folders-collapsed': { reading: 'right', folders: 'collapsed' },
  };
  const params = new URLSearchParams(location.search);
  const state = { ...(LAYOUTS[params.get('layout')] || LAYOUTS['reading-right']) };
  const de = document.documentElement.lang === 'de';
  const words = de
    ? {
        settings: 'Einstellungen',
        layout: 'Layout',
        pane: 'Lesebereich',
        right: 'Rechts anzeigen',
        bottom: 'Unten anzeigen',
        off: 'Ausblenden',
        folders: 'Ordnerbereich',
        show: 'Anzeigen',
        hide: 'Reduzieren',
        menu: 'Navigationsbereich umschalten',
      }
    : {
        settings: 'Settings',
        layout: 'Layout',
        pane: 'Reading pane',
        right: 'Show on the right',
        bottom: 'Show on the bottom',
        off: 'Hide',
        folders: 'Folder pane',
        show: 'Show',
        hide: 'Collapse',
        menu: 'Toggle navigation pane',
      };

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    node.append(...children);
    return node;
  };
  const radio = (group, value, label) =>
    el(
      'label',
      { class: 'demo-choice' },
      el('input', { type: 'radio', name: group, value }),
      ` ${label}`,
    );

  const panel = el(
    'div',
    { class: 'demo-view-settings', role: 'dialog', 'aria-label': words.layout, hidden: '' },
    el('div', { class: 'demo-panel-head' }, words.layout),
    el(
      'fieldset',
      {},
      el('legend', {}, words.pane),
      radio('demo-reading', 'right', words.right),
      radio('demo-reading', 'bottom', words.bottom),
      radio('demo-reading', 'off', words.off),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, words.folders),
      radio('demo-folders', 'shown', words.show),
      radio('demo-folders', 'collapsed', words.hide),
    ),
  );
  const gear = el(
    'button',
    {
      type: 'button',
      class: 'demo-gear',
      'aria-label': words.settings,
      title: words.settings,
      'aria-expanded': 'false',
    },
    '⚙',
  );
  const menu = el(
    'button',
    { type: 'button', class: 'demo-menu', 'aria-label': words.menu, title: words.menu },
    '☰',
  );

  function apply() {
    document.body.dataset.demoReading = state.reading;
    document.body.dataset.demoFolders = state.folders;
    const name = Object.keys(LAYOUTS).find(
      (k) => LAYOUTS[k].reading === state.reading && LAYOUTS[k].folders === state.folders,
    );
    const query = new URLSearchParams(location.search);
    if (name && name !== 'reading-right') query.set('layout', name);
    else query.delete('layout');
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${query.size ? `?${query}` : ''}${location.hash}`,
    );
    panel.querySelectorAll('input').forEach((r) => {
      r.checked = r.value === state[r.name.slice(5)];
    });
  }

  gear.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    gear.setAttribute('aria-expanded', String(!panel.hidden));
  });
  panel.addEventListener('change', (e) => {
    state[e.target.name.slice(5)] = e.target.value;
    apply();
  });
  menu.addEventListener('click', () => {
    state.folders = state.folders === 'collapsed' ? 'shown' : 'collapsed';
    apply();
  });
  document.querySelector('.topbar .me').before(gear);
  document.querySelector('.folders').prepend(menu);
  document.body.append(panel);
  apply();
})();
