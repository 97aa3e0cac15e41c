// Dates and UI words for the demo Outlook, in the two UI languages Outlook shows them in.
// Plain browser JS, no build: loaded by index.html before data.js and app.js.
(function () {
  const DAY = 24 * 60 * 60 * 1000;
  const WEEKDAYS = {
    en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    de: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  };
  const MONTHS = {
    en: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    de: [
      'Januar',
      'Februar',
      'März',
      'April',
      'Mai',
      'Juni',
      'Juli',
      'August',
      'September',
      'Oktober',
      'November',
      'Dezember',
    ],
  };
  const pad = (n) => String(n).padStart(2, '0');

  /** Local midnight of today minus `daysAgo`, at hh:mm. */
  function at(daysAgo, hhmm) {
    const today = new Date();
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - daysAgo);
    const [h, m] = (hhmm || '09:00').split(':').map(Number);
    d.setHours(h, m, 0, 0);
    return d;
  }

  /** The reading-pane time line, as Outlook writes it: "Mon 10/12/2026 2:47 PM" / "Mo 12.10.2026 14:47". */
  function paneTime(date, lang) {
    if (lang === 'de') {
      return `${WEEKDAYS.de[date.getDay()]} ${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
    }
    const h = date.getHours() % 12 || 12;
    const ampm = date.getHours() < 12 ? 'AM' : 'PM';
    return `${WEEKDAYS.en[date.getDay()]} ${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()} ${h}:${pad(date.getMinutes())} ${ampm}`;
  }

  /** The message list's short date. */
  function listTime(date, lang) {
    const sameDay = new Date().toDateString() === date.toDateString();
    if (sameDay)
      return lang === 'de'
        ? `${pad(date.getHours())}:${pad(date.getMinutes())}`
        : paneTime(date, 'en').split(' ').slice(2).join(' ');
    return lang === 'de'
      ? `${WEEKDAYS.de[date.getDay()]} ${pad(date.getDate())}.${pad(date.getMonth() + 1)}.`
      : `${WEEKDAYS.en[date.getDay()]} ${date.getMonth() + 1}/${date.getDate()}`;
  }

  /** A date as mail text writes it: "15.10.2026" (de) or "15 October 2026" (en). */
  function textDate(date, lang) {
    return lang === 'de'
      ? `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`
      : `${date.getDate()} ${MONTHS.en[date.getMonth()]} ${date.getFullYear()}`;
  }

  const WORDS = {
    en: {
      from: 'From:',
      to: 'To:',
      cc: 'Cc:',
      reply: 'Reply',
      replyAll: 'Reply all',
      forward: 'Forward',
      send: 'Send',
      discard: 'Discard',
      inbox: 'Inbox',
      sent: 'Sent Items',
      drafts: 'Drafts',
      folders: 'Folders',
      list: 'Message list',
      pane: 'Reading Pane',
      actions: 'Message actions',
      body: 'Message body',
      message: 'Email message',
      empty: 'Select an item to read',
      newMail: 'New mail',
      search: 'Search',
      sentAt: 'Sent:',
      subject: 'Subject:',
      attachments: 'Attachments',
      open: 'Open',
    },
    de: {
      from: 'Von:',
      to: 'An:',
      cc: 'Cc:',
      reply: 'Antworten',
      replyAll: 'Allen antworten',
      forward: 'Weiterleiten',
      send: 'Senden',
      discard: 'Verwerfen',
      inbox: 'Posteingang',
      sent: 'Gesendete Elemente',
      drafts: 'Entwürfe',
      folders: 'Ordner',
      list: 'Nachrichtenliste',
      pane: 'Lesebereich',
      actions: 'Nachrichtenaktionen',
      body: 'Nachrichtentext',
      message: 'E-Mail-Nachricht',
      empty: 'Wählen Sie ein Element aus, das gelesen werden soll',
      newMail: 'Neue E-Mail',
      search: 'Suchen',
      sentAt: 'Gesendet:',
      subject: 'Betreff:',
      attachments: 'Anlagen',
      open: 'Öffnen',
    },
  };

  window.OutlookDemoFormat = { DAY, at, paneTime, listTime, textDate, WORDS };
})();
