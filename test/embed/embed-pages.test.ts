/**
 * The static embed pages (dist/embed/<lang>/<name>.html) in frames, as hosts frame them: readable
 * with scripts off; in a sandbox that allows scripts, they speak WordPress's protocol (their
 * height, with the secret, and nothing with a malformed one; a secret that arrives with no
 * hashchange; an answer to the host's `ready`); sized by what they post, no
 * scrollbar appears inside the frame at a phone's, a tablet's or a desktop's width; the host
 * page around the frames passes axe, frame titles included. The pages come from /cdn/, byte for
 * byte as built (test/reliability/cdn-middleware.mjs).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { embedLanguages, embedPages } from '../../src/embed/pages.js';
import { expectAccessible } from '../support/axe.js';
import { embedCodeBuilder } from '../support/embed-code.js';

const pages = Object.keys(embedLanguages).flatMap((lang) => embedPages.map((page) => ({ lang, name: page.name })));
const addressOf = (lang: string, name: string) => `/cdn/dist/embed/${lang}/${name}.html`;
const secret = 'a1B2c3D4e5';

interface EmbedMessage {
  message: string;
  value: unknown;
  secret: string;
}

const frames: HTMLIFrameElement[] = [];

function frameOf(src: string, sandbox: string, width = 600): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', sandbox);
  frame.title = 'an embed page';
  frame.style.cssText = `display: block; width: ${width}px; height: 400px; border: 0`;
  frame.src = src;
  frames.push(frame);
  return frame;
}

/**
 * Records what a frame posts from now until `stop()`, and when it last posted; `beyond(count)`
 * waits until more than `count` messages have arrived.
 */
function recordPosts(frame: HTMLIFrameElement) {
  const posts = {
    received: [] as EmbedMessage[],
    lastAt: performance.now(),
    stop: () => {},
    beyond: (count: number, failure: string) =>
      waitUntil(() => posts.received.length > count, failure, { timeout: 3000 }),
  };
  const listen = (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    posts.received.push(event.data as EmbedMessage);
    posts.lastAt = performance.now();
  };
  addEventListener('message', listen);
  posts.stop = () => removeEventListener('message', listen);
  return posts;
}

/** The messages a frame posts within `ms` of loading. */
async function messagesFrom(frame: HTMLIFrameElement, ms: number): Promise<EmbedMessage[]> {
  const posts = recordPosts(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  await new Promise((resolve) => setTimeout(resolve, ms));
  posts.stop();
  return posts.received;
}

/**
 * The first message a frame posts: its page posts once it has been laid out, which a busy browser
 * may put off.
 */
async function firstMessageFrom(frame: HTMLIFrameElement): Promise<EmbedMessage> {
  const posts = recordPosts(frame);
  document.body.append(frame);
  await posts.beyond(0, 'the page never spoke');
  posts.stop();
  return posts.received[0];
}

const quietFor = (posts: ReturnType<typeof recordPosts>, ms: number) =>
  waitUntil(() => performance.now() - posts.lastAt > ms, `the frame kept posting for ${ms} ms`, { timeout: 4000 });

describe('static embed pages', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const { lang, name } of pages) {
    it(`${lang}/${name}: readable with scripts off, with its review date`, async () => {
      const frame = frameOf(addressOf(lang, name), 'allow-same-origin');
      await messagesFrom(frame, 0);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal(lang);
      const widget = doc.querySelector('main > *')!;
      expect(frame.contentWindow!.customElements.get(widget.localName), 'no script ran').to.be.undefined;
      const root = widget.shadowRoot!;
      expect(root.querySelector('[part~="heading"]')!.textContent?.trim()).not.to.equal('');
      expect(root.querySelector('[part~="footer"]')!.textContent).to.match(/2022[\s\S]*2025/);
      expect(widget.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it(`${lang}/${name}: in a sandbox that allows scripts, posts its height with the secret`, async () => {
      const frame = frameOf(`${addressOf(lang, name)}#?secret=${secret}`, 'allow-scripts');
      const first = await firstMessageFrom(frame);
      expect(first).to.deep.equal({ message: 'height', value: first?.value, secret });
      expect(first.value).to.be.a('number').and.to.be.within(100, 1000);
    });
  }

  it('a page in a frame its host hides never posts a height of 0, and posts its height once shown', async () => {
    const frame = frameOf(`${addressOf('en', 'source-list')}#?secret=${secret}`, 'allow-scripts');
    frame.style.display = 'none';
    // Chromium and Firefox lay out nothing in a hidden frame; WebKit lays it out at a size of its own.
    const whileHidden = await messagesFrom(frame, 400);
    expect(
      whileHidden.map((posted) => posted.value),
      'while hidden',
    ).not.to.include(0);
    const posts = recordPosts(frame);
    frame.style.display = 'block';
    await posts.beyond(0, 'the page never spoke once shown');
    posts.stop();
    expect(posts.received[0]).to.include({ message: 'height', secret });
    expect(posts.received[0].value).to.be.within(100, 1000);
  });

  it('with a malformed secret, or none, a page posts nothing', async () => {
    for (const hash of ['#?secret=a1B2c3', '#?secret=a1B2c3D4e5"x', '#?secret=a1B2-3D4e5', '']) {
      const frame = frameOf(`${addressOf('en', 'source-list')}${hash}`, 'allow-scripts');
      expect(await messagesFrom(frame, 400), hash).to.deep.equal([]);
    }
  });

  it('a page whose address gains its secret with no hashchange, as WebKit does while it loads, speaks', async () => {
    const frame = frameOf(addressOf('en', 'source-list'), 'allow-scripts allow-same-origin');
    expect(await messagesFrom(frame, 0)).to.deep.equal([]);
    const posts = recordPosts(frame);
    frame.contentWindow!.history.replaceState(null, '', `#?secret=${secret}`);
    await posts.beyond(0, 'the page never spoke');
    posts.stop();
    expect(posts.received[0]).to.include({ message: 'height', secret });
  });

  it('a page posts its height again when its host says it is ready, with its secret only', async () => {
    const frame = frameOf(`${addressOf('en', 'source-list')}#?secret=${secret}`, 'allow-scripts');
    const posts = recordPosts(frame);
    document.body.append(frame);
    await posts.beyond(0, 'the page never spoke');
    await quietFor(posts, 400);
    const spoken = posts.received.length;
    frame.contentWindow!.postMessage({ message: 'ready', secret: 'z9Y8x7W6v5' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts.received.length, 'answered another secret').to.equal(spoken);
    frame.contentWindow!.postMessage({ message: 'ready', secret }, '*');
    await posts.beyond(spoken, 'no answer to its own secret');
    posts.stop();
    expect(posts.received.at(-1)).to.include({ message: 'height', secret });
  });

  for (const width of [320, 768, 1280]) {
    for (const { lang, name } of pages) {
      it(`${lang}/${name}: sized by the height it posts, nothing scrolls inside its frame at ${width} px`, async () => {
        const frame = frameOf(`${addressOf(lang, name)}#?secret=${secret}`, 'allow-scripts allow-same-origin', width);
        const first = await firstMessageFrom(frame);
        // As WordPress does: at least 200 px, at most 1000.
        frame.style.height = `${Math.min(Math.max(first.value as number, 200), 1000)}px`;
        await new Promise((resolve) => setTimeout(resolve, 50));
        const root = frame.contentDocument!.documentElement;
        expect(root.scrollHeight, 'scrolls down').to.be.at.most(root.clientHeight);
        expect(root.scrollWidth, 'scrolls sideways').to.be.at.most(root.clientWidth);
      });
    }
  }

  it('a framed page that scripts may run hydrates: the glossary searches', async () => {
    const frame = frameOf(
      `${addressOf('en', 'biomarker-glossary')}#?secret=${secret}`,
      'allow-scripts allow-same-origin',
    );
    await messagesFrom(frame, 0);
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('biomarker-glossary');
    const glossary = frame.contentDocument!.querySelector('biomarker-glossary') as HTMLElement & {
      updateComplete: Promise<boolean>;
    };
    await glossary.updateComplete;
    const input = glossary.shadowRoot!.querySelector('input')!;
    input.value = 'kinase';
    input.dispatchEvent(new Event('input'));
    await glossary.updateComplete;
    expect(glossary.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('match “kinase”');
  });

  it('the host page around two frames passes axe: each frame has a title of its own', async () => {
    const host = document.createElement('article');
    host.innerHTML = '<h2>Our notes</h2><p>Two of the reviewed pages.</p>';
    for (const name of ['source-list', 'her2-therapy-card-adc']) {
      const response = await fetch(addressOf('en', name).replace(/\.html$/, '.oembed.json'));
      const { html } = (await response.json()) as { html: string };
      host.insertAdjacentHTML('beforeend', html.replace(/src="[^"]+"/, `src="${addressOf('en', name)}"`));
    }
    document.body.append(host);
    try {
      expect(new Set([...host.querySelectorAll('iframe')].map((frame) => frame.title)).size).to.equal(2);
      await expectAccessible(host, 'the host page');
      const frameRules = ['frame-title', 'frame-title-unique'];
      const results = await window.axe.run(host, { runOnly: { type: 'rule', values: frameRules }, iframes: false });
      expect(results.violations).to.deep.equal([]);
      expect(results.passes.map((rule) => rule.id).sort()).to.deep.equal(frameRules);
    } finally {
      host.remove();
    }
  });

  it('the embed-code builder’s frame, on any page: dist/embed/host.js sizes it by what the page posts', async function () {
    this.timeout(20_000);
    const { frameSnippets } = await embedCodeBuilder();
    const { url, frame } = await frameSnippets({
      base: '/cdn/',
      tag: 'her2-therapy-card',
      attributes: [['type', 'tki']],
      width: 600,
    });
    expect(url).to.equal('/cdn/dist/embed/en/her2-therapy-card-tki.html');
    expect(frame).to.match(
      /^<blockquote><a href="[^"]+">[^<]+<\/a> [^<]*Medically reviewed May 2022[^<]*<\/blockquote>\n<iframe /,
    );
    expect(frame).to.match(/ title="[^"]+" width="100%" height="\d+" loading="lazy"/);
    const page = frameOf('about:blank', 'allow-scripts allow-same-origin');
    await messagesFrom(page, 0);
    const doc = page.contentDocument!;
    doc.open();
    // Lazy loading waits for the frame to near the viewport, which this test page may never scroll to.
    const eager = frame.replace(' loading="lazy"', '');
    doc.write(`<!doctype html><html lang="en"><title>host</title><body style="width:600px">${eager}</body></html>`);
    doc.close();
    const iframe = doc.querySelector('iframe')!;
    // The framed page loads, then speaks; on a busy machine that may take a while.
    for (let waited = 0; !doc.querySelector('blockquote')!.hidden && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(iframe.src).to.match(/#\?secret=[a-z0-9]{10}$/);
    expect(doc.querySelector('blockquote')!.hidden, 'the fallback gives way').to.be.true;
    const posted = Number(iframe.height);
    const inside = iframe.contentDocument!.documentElement;
    expect(posted).to.equal(Math.ceil(inside.querySelector('body')!.getBoundingClientRect().height));
  });
});
