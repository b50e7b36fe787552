/**
 * axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules over every element in every state (search
 * with and without results, notices, a definition open, sources open and closed), in the light
 * and dark themes and in theme="auto" for a reader who prefers dark: zero violations.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import '../../src/define/all.js';
import { expectAccessible } from '../support/axe.js';
import { captureWarnings } from '../support/console.js';
import { everyState, type TaggedState } from '../support/elements.js';
import { emulateMedia } from '../support/media-emulation.js';
import { pageStyle, renderState } from '../support/render.js';
import { settle } from '../support/settle.js';
import { deepText } from '../support/text.js';

/** The state in a host page of the theme's colours; resolves with the page once it shows the state's phrases. */
async function render(state: TaggedState, theme: string, page: 'light' | 'dark'): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(`<div lang="en" style="${pageStyle[page]}; padding: 1em"></div>`);
  const el = await renderState(state, { parent: wrapper, theme });
  await settle(wrapper);
  for (const phrase of state.phrases) expect(deepText(el), state.name).to.contain(phrase);
  return wrapper;
}

describe('axe, WCAG 2.2 A and AA: every element in every state', () => {
  captureWarnings(); // the notice states warn by design
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const state of everyState) {
    describe(state.name, () => {
      it('light theme', async () => {
        await expectAccessible(await render(state, 'light', 'light'));
      });

      it('dark theme', async () => {
        await expectAccessible(await render(state, 'dark', 'dark'));
      });

      it('theme="auto", the reader prefers dark', async () => {
        await emulateMedia({ colorScheme: 'dark' });
        try {
          await expectAccessible(await render(state, 'auto', 'dark'));
        } finally {
          await emulateMedia({ colorScheme: 'light' });
        }
      });
    });
  }

  describe('the check itself', () => {
    it('finds a violation inside a shadow root and a contrast failure', async () => {
      const wrapper = fixtureSync<HTMLElement>(
        '<div><div id="host"></div><p style="color: #999; background: #fff">faint</p></div>',
      );
      const root = wrapper.querySelector('#host')!.attachShadow({ mode: 'open' });
      root.append(document.createElement('button'));
      const failure = await expectAccessible(wrapper).then(
        () => '',
        (error: Error) => error.message,
      );
      expect(failure).to.contain('button-name');
      expect(failure).to.contain('color-contrast');
    });
  });
});
