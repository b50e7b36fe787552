/**
 * dist/embed/host.js: sizes her2-widgets embed frames on any page, as WordPress does for its own.
 * Each `<iframe data-her2-embed>` gets a secret of ten letters and digits in its address; a
 * message from that frame with that secret sets the frame's height, or, for a link to the frame's
 * own host that the reader followed inside it, takes the page there. The frame's fallback,
 * the blockquote just before it, is hidden once the frame speaks.
 */
const embedFrames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-her2-embed]')];
const newSecret = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => (byte % 36).toString(36)).join('');

for (const frame of embedFrames) {
  const secret = newSecret();
  frame.dataset.secret = secret;
  frame.src = `${frame.src.replace(/#.*$/, '')}#?secret=${secret}`;
}

addEventListener(
  'message',
  ({ data, source }: MessageEvent<{ message?: string; value?: unknown; secret?: string }>) => {
    const frame = embedFrames.find(
      (candidate) => candidate.dataset.secret === data?.secret && candidate.contentWindow === source,
    );
    if (!frame) return;
    const fallback = frame.previousElementSibling;
    if (fallback?.localName === 'blockquote') (fallback as HTMLElement).hidden = true;
    if (data.message === 'height')
      frame.height = String(Math.min(Math.max(Number.parseInt(String(data.value), 10) || 0, 100), 5000));
    if (data.message === 'link' && typeof data.value === 'string' && document.activeElement === frame) {
      const target = new URL(data.value, frame.src);
      if (target.host === new URL(frame.src).host) location.href = target.href;
    }
  },
);

// A module, so that its names stay its own.
export {};
