/**
 * The script of a static embed page (dist/embed/<lang>/<name>.html), written inline into it: when
 * the page is framed by a host that gave it a secret (`#?secret=` and ten letters or digits, as
 * WordPress and dist/embed/host.js do, in the address it loads or added to it later), it speaks
 * WordPress's embed protocol. It posts its height once loaded and laid out, a moment after
 * whenever that changes, and again when the host says it is `ready`, with that secret; it posts
 * the address of a link to its own host that the reader follows, so the host navigates there. It
 * sends nothing else, and with no secret, or a malformed one, nothing at all.
 * A page taller than a frame may be (WordPress keeps frames under 1000 px) is cut, with its
 * "Continue reading" link to the whole page.
 */

/** The tallest a framed page's content may be before it is cut: under WordPress's 1000 px with the link. */
const framedMaxHeight = 900;

const secretIn = (hash: string) => /^#\?secret=([A-Za-z0-9]{10})$/.exec(hash)?.[1];

/** Starts speaking; returns what posts the height now. */
function speakProtocol(secret: string): () => void {
  const root = document.documentElement;
  root.classList.add('framed');
  const send = (message: 'height' | 'link', value: number | string) =>
    window.parent.postMessage({ message, value, secret }, '*');
  const sendHeight = () => {
    const main = document.querySelector('main');
    if (main && main.scrollHeight > framedMaxHeight) {
      main.style.maxHeight = `${framedMaxHeight}px`;
      root.classList.add('cut');
    }
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    // A frame its host hides, or has not laid out yet, loads with no layout: the page measures 0
    // then, and the resize observer posts its height once it has one.
    if (height > 0) send('height', height);
  };
  let resizing: ReturnType<typeof setTimeout> | undefined;
  const followSize = () => {
    sendHeight();
    new ResizeObserver(() => {
      clearTimeout(resizing);
      resizing = setTimeout(sendHeight, 100);
    }).observe(document.body);
  };
  // Not the load event: WebKit skips it when a host adds the secret while this page loads.
  const followOnceComplete = () => {
    if (document.readyState !== 'complete') return false;
    document.removeEventListener('readystatechange', followOnceComplete);
    followSize();
    return true;
  };
  if (!followOnceComplete()) document.addEventListener('readystatechange', followOnceComplete);
  addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.href || new URL(link.href).host !== location.host) return;
    event.preventDefault();
    send('link', link.href);
  });
  return sendHeight;
}

if (window.parent !== window) {
  let sendHeight: (() => void) | undefined;
  const speakIfGivenSecret = () => {
    const secret = secretIn(location.hash);
    if (secret && !sendHeight) sendHeight = speakProtocol(secret);
    return secret;
  };
  if (!speakIfGivenSecret()) {
    addEventListener('hashchange', speakIfGivenSecret);
    // WebKit fires no hashchange when a host adds the secret while this page loads, so look for it
    // now and then for a while too, as WordPress's own embed pages do.
    const looking = setInterval(() => {
      if (speakIfGivenSecret()) clearInterval(looking);
    }, 100);
    setTimeout(() => clearInterval(looking), 10_000);
  }
  // WordPress's host says `ready` once its script runs, which may be after this page posted its height.
  addEventListener('message', ({ data, source }: MessageEvent<{ message?: string; secret?: string }>) => {
    const fromHost = source === window.parent && data?.message === 'ready';
    if (fromHost && data.secret === secretIn(location.hash) && document.readyState === 'complete') sendHeight?.();
  });
}

// A module, so that its names stay its own.
export {};
