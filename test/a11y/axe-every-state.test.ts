/**
 * axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules over every element in every state (search
 * with and without results, notices, a definition open, sources open and closed), in the light
 * and dark themes and in theme="auto" for a reader who prefers dark: zero violations.
 */
import { expect, fixtureSync } from '@open-wc/testing';
import '../../src/define/all.js';
import { captureWarnings, emulateMedia, expectAccessible } from '../helpers.js';
import { pageStyle, settle, states, type ElementState } from './states.js';

async function render(state: ElementState, theme: string, page: 'light' | 'dark'): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(
    `<div lang="en" style="${pageStyle[page]}; padding: 1em">${state.markup(` theme="${theme}"`)}</div>`,
  );
  const el = wrapper.querySelector<HTMLElement>(state.tag)!;
  await settle(wrapper);
  await state.prepare?.(el);
  await settle(wrapper);
  return wrapper;
}

describe('axe, WCAG 2.2 A and AA: every element in every state', () => {
  captureWarnings(); // the notice states warn by design
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const state of states) {
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
