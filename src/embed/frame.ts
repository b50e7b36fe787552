/**
 * The script of a static embed page (dist/embed/<lang>/<name>.html), written inline into it: when
 * the page is framed by a host that gave it a secret (`#?secret=` and ten letters or digits, as
 * WordPress and dist/embed/host.js do, in the address it loads or added to it later), it speaks
 * WordPress's embed protocol. It posts its height once loaded and, a moment after, whenever that
 * changes; it posts the address of a link to its own host that the reader follows, so the host
 * navigates there. It sends nothing else, and with no secret, or a malformed one, nothing at all.
 * A page taller than a frame may be (WordPress keeps frames under 1000 px) is cut, with its
 * "Continue reading" link to the whole page.
 */

/** The tallest a framed page's content may be before it is cut: under WordPress's 1000 px with the link. */
const framedMaxHeight = 900;

const secretIn = (hash: string) => /^#\?secret=([A-Za-z0-9]{10})$/.exec(hash)?.[1];

function speakProtocol(secret: string): void {
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
    send('height', Math.ceil(document.body.getBoundingClientRect().height));
  };
  let resizing: ReturnType<typeof setTimeout> | undefined;
  const followSize = () => {
    sendHeight();
    new ResizeObserver(() => {
      clearTimeout(resizing);
      resizing = setTimeout(sendHeight, 100);
    }).observe(document.body);
  };
  if (document.readyState === 'complete') followSize();
  else addEventListener('load', followSize);
  addEventListener('click', (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.href || new URL(link.href).host !== location.host) return;
    event.preventDefault();
    send('link', link.href);
  });
}

if (window.parent !== window) {
  const secret = secretIn(location.hash);
  if (secret) speakProtocol(secret);
  else {
    const secretArrives = () => {
      const later = secretIn(location.hash);
      if (!later) return;
      removeEventListener('hashchange', secretArrives);
      speakProtocol(later);
    };
    addEventListener('hashchange', secretArrives);
  }
}

// A module, so that its names stay its own.
export {};
