/**
 * The tests drive Debian's Firefox ESR through puppeteer (see test/browser-launchers.mjs), so
 * puppeteer's install step must not download a browser of its own: that download needs a
 * network these machines do not have, and the browser would go unused.
 * @type {import('puppeteer').Configuration}
 */
module.exports = { skipDownload: true };
