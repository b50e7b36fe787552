/**
 * A @web/test-runner command, `her2-key-chord`, that presses keys together (`['Shift', 'Tab']`)
 * on every engine. The stock `send-keys` command can hold a key down (`down`/`up`) through
 * puppeteer but not through WebDriver, which WebKit needs.
 *
 * Browser side: `executeServerCommand('her2-key-chord', { keys: ['Shift', 'Tab'] })`.
 */
export function keyChordPlugin() {
  return {
    name: 'her2-key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'her2-key-chord') return undefined;
      const keys = payload?.keys;
      if (!Array.isArray(keys) || keys.length === 0) throw new Error('her2-key-chord: give { keys: [...] }');
      if (session.browser.type === 'puppeteer') {
        const { keyboard } = session.browser.getPage(session.id);
        for (const key of keys) await keyboard.down(key);
        for (const key of [...keys].reverse()) await keyboard.up(key);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // WebDriver's key actions press each key of the list down, then release them all.
        await session.browser.sendKeys(session.id, keys);
        return true;
      }
      throw new Error(`her2-key-chord: unsupported browser type ${session.browser.type}`);
    },
  };
}
